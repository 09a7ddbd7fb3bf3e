// graph-data/README.md documents every relation type with its direction: the table must list
// exactly the closed vocabulary, so adding a type without documenting it fails.
import { it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { RELATION_TYPES } from "../../graph-data/schema/index.ts";

it("documents every relation type of the vocabulary, and no other", () => {
  const readme = readFileSync(new URL("../../graph-data/README.md", import.meta.url), "utf8");
  const documented = [...readme.matchAll(/^\| `([A-Z_]+)` \| (.+) \|$/gm)].map((m) => [m[1], m[2]]);
  expect(Object.fromEntries(documented)).toEqual(RELATION_TYPES);
});
