// The pool must survive hanging and crashing cases: each gets its own outcome and the run ends.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { caseKey, type TckCase } from "./gherkin.ts";
import { runPool } from "./pool.ts";

const WORKER = fileURLToPath(new URL("./fixtures/scripted-worker.ts", import.meta.url));
const mk = (scenario: string, i: number): TckCase => ({
  key: caseKey("clauses/x/F.feature", scenario, i),
  feature: "clauses/x/F.feature",
  folder: "clauses/x",
  scenario,
  exampleIndex: i,
  steps: [],
});

describe("worker pool", () => {
  it("kills a hanging case, records a crashing one, and still runs every other case", async () => {
    const cases = ["ok", "hang", "ok", "crash", "ok", "ok"].map(mk);
    const outcomes = await runPool(cases, {
      kitDir: "/nonexistent",
      workerModule: WORKER,
      workers: 2,
      caseTimeoutMs: 3_000,
    });
    expect(outcomes.map((o) => [o.key, o.status])).toEqual(
      cases.map((c) => [c.key, c.scenario === "hang" ? "timeout" : c.scenario === "crash" ? "crashed" : "passed"]),
    );
  }, 60_000);
});
