// `npm run db:load` says clearly when no Neo4j is reachable (or none is configured) and exits
// non-zero, instead of hanging or printing a stack trace.
import { it, expect } from "vitest";
import { spawnSync } from "node:child_process";

const run = (env: Record<string, string | undefined>) =>
  spawnSync(process.execPath, ["--import", "tsx", "server/store/neo4j/load.ts"], {
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, NEO4J_URI: undefined, ...env },
  });

it("exits 1 naming the address when no Neo4j answers there", () => {
  const r = run({ NEO4J_URI: "bolt://127.0.0.1:1" });
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/No Neo4j reachable at bolt:\/\/127\.0\.0\.1:1/);
});

it("exits 2 explaining NEO4J_URI when it is not set", () => {
  const r = run({});
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/db:load needs NEO4J_URI/);
});
