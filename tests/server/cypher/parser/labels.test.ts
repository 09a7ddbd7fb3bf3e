// A `|` after a label test inside a list comprehension: Neo4j reads what follows as the projection
// when it starts an expression (`| CASE …`, `| name 4` cannot be label names), as the real Neo4j does.
import { describe, expect, it } from "vitest";
import { engineWith, rows } from "../helpers.ts";

describe("label expressions before a comprehension's projection", () => {
  it("end at | when CASE follows (a query of the differential test that Neo4j runs failed to parse)", () => {
    const q = `CREATE (:A {v: 1}) WITH 1 AS one MATCH (n)
      RETURN [x IN [1, 2] WHERE n:A | CASE x WHEN 1 THEN 'one' ELSE 'other' END] AS v`;
    expect(rows(engineWith(), q)).toEqual([[["one", "other"]]]);
  });

  it("still continue a disjunction of label names", () => {
    expect(rows(engineWith("CREATE (:B)"), "MATCH (n) WHERE n:A | B RETURN count(n) AS c")).toEqual([[1]]);
  });
});
