import { describe, expect, it } from "vitest";
import type { PlanDescription } from "../../../server/cypher/executor/plan.ts";
import { engineWith } from "./helpers.ts";

const operators = (p: PlanDescription): string[] => [p.operator, ...p.children.flatMap(operators)];

describe("EXPLAIN and PROFILE", () => {
  it("EXPLAIN returns the operator tree with the query's columns and runs nothing", () => {
    const e = engineWith();
    const r = e.run("EXPLAIN CREATE (n:A) RETURN n");
    expect(r.rows).toEqual([]);
    expect(r.columns).toEqual(["n"]);
    expect(operators(r.plan!)).toEqual(["ProduceResults", "Projection", "Create"]);
    expect(e.run("MATCH (n) RETURN count(n) AS c").rows).toEqual([[0n]]);
  });

  it("names scans after how the pattern is entered and lists each operator's identifiers", () => {
    const e = engineWith("CREATE (:A {id: 'a'}), (:B)");
    const plan = e.run("EXPLAIN MATCH (n:A) WHERE n.id = 'a' MATCH (m:B) RETURN n, m").plan!;
    expect(operators(plan)).toEqual(["ProduceResults", "Projection", "NodeByLabelScan", "NodeIndexSeek"]);
    expect(plan.children[0].identifiers).toEqual(["m", "n"]);
    expect(plan.children[0].children[0].details).toBe("MATCH (m:B)");
  });

  it("PROFILE runs the query and counts the rows each operator produced", () => {
    const e = engineWith("UNWIND range(1, 5) AS i CREATE (:N {i: i})");
    const r = e.run("PROFILE MATCH (n:N) WHERE n.i > 2 RETURN n.i AS i ORDER BY i");
    expect(r.rows).toEqual([[3n], [4n], [5n]]);
    const [sort] = r.plan!.children;
    expect([r.plan!.rows, sort.operator, sort.rows, sort.children[0].rows]).toEqual([3, "Sort", 3, 3]);
  });

  it("shows UNION parts side by side under Union, deduplicated by Distinct", () => {
    const plan = engineWith().run("EXPLAIN RETURN 1 AS x UNION RETURN 2 AS x").plan!;
    expect(operators(plan)).toEqual(["ProduceResults", "Distinct", "Union", "Projection", "Projection"]);
  });

  it("leaves plans out of ordinary results", () => {
    expect(engineWith().run("RETURN 1").plan).toBeUndefined();
  });
});
