import { describe, expect, it } from "vitest";
import { CypherEngine } from "../../../server/cypher/index.ts";
import { errorOf } from "./helpers.ts";

function denseGraph(n: number): CypherEngine {
  const e = new CypherEngine();
  for (let i = 0; i < n; i++) e.graph.addNode(`n${i}`, { labels: ["N"], properties: { id: i } });
  let k = 0;
  for (let i = 0; i < n; i++)
    for (let j = 1; j <= 4; j++)
      e.graph.addEdgeWithKey(`r${k++}`, `n${i}`, `n${(i + j * 7) % n}`, { type: "T", properties: {} });
  return e;
}

describe("budgets", () => {
  it("stops an explosive path query with a row limit error instead of hanging", () => {
    const e = denseGraph(200);
    const err = errorOf(e, "MATCH p = ()-[*]-() RETURN p", {}, { maxRows: 10_000, timeoutMs: 5_000 });
    expect(["RowLimitExceeded", "TimeLimitExceeded"]).toContain(err.code);
  });
  it("stops a long-running aggregation with a time limit error", () => {
    const e = denseGraph(200);
    const t0 = Date.now();
    const err = errorOf(e, "MATCH ()-[*]-() RETURN count(*)", {}, { timeoutMs: 200 });
    expect(err.code).toBe("TimeLimitExceeded");
    expect(Date.now() - t0).toBeLessThan(3_000);
  });
  it("counts only materialized rows against the row limit", () => {
    const e = denseGraph(200);
    expect(e.run("MATCH ()-[r]->() RETURN count(*)", {}, { maxRows: 10 }).rows[0][0]).toBe(800n);
  });
});
