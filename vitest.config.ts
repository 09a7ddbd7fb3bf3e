import { defineConfig } from "vitest/config";

// Test files that reach the real Neo4j (NEO4J_URI) load and empty the same database; run in
// parallel they would see each other's data, so with Neo4j configured the files run one at a time.
const sharedDatabase = Boolean(process.env.NEO4J_URI);

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The TCK guard (tests/tck/tck.test.ts) runs ~2000 cases in child processes in its beforeAll
    // and sets its own, much longer hook timeout there; this default is for ordinary unit tests.
    testTimeout: 30_000,
    // Suites on the real Neo4j load a knowledge base in their beforeAll: seconds on a busy machine.
    hookTimeout: 60_000,
    fileParallelism: !sharedDatabase,
  },
});
