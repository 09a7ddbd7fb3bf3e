// House rules: typescript-eslint recommended, type-only imports, a file-size warning, and the
// layer boundaries (the Cypher engine and the stores know nothing of HTTP; the client speaks HTTP only).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/**", "client/dist/**", "test-artifacts/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "max-lines": ["warn", { max: 300, skipBlankLines: true, skipComments: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["server/cypher/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["express", "**/api/**", "**/store/**", "**/graph/**"] }],
    },
  },
  {
    files: ["server/store/**/*.ts", "server/graph/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: ["express", "**/api/**"] }] },
  },
  {
    // The wire contract is shared by both sides, so it may import neither.
    files: ["contract/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: ["**/server/**", "**/client/**", "express"] }] },
  },
  {
    files: ["client/**/*.ts", "client/**/*.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: ["**/server/**"] }] },
  },
);
