import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The TCK guard (tests/tck/tck.test.ts) runs ~2000 cases in child processes in its beforeAll
    // and sets its own, much longer hook timeout there; this default is for ordinary unit tests.
    testTimeout: 30_000,
  },
});
