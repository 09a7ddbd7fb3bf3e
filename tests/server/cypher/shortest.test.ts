// shortestPath / allShortestPaths answer the same whether the endpoints are written inline,
// matched beforehand or filtered in WHERE. Expected values are the real Neo4j 5.26's answers
// (found by the differential test, tests/differential/).
import { describe, expect, it } from "vitest";
import { engineWith, errorOf, rows } from "./helpers.ts";

const pair = "CREATE (a:A {id: 'a'})-[:R]->(b:A {id: 'b'}), (:B {id: 'c'})";

describe("shortestPath endpoints", () => {
  it("finds the path when both endpoints' properties are written inside the pattern", () => {
    // Neo4j: one row, length 1
    const e = engineWith(pair);
    expect(rows(e, "MATCH p = shortestPath((x:A {id: 'a'})-[*..4]-(y:A {id: 'b'})) RETURN length(p)")).toEqual([[1]]);
  });

  it("finds the path when only the start is bound beforehand", () => {
    const e = engineWith(pair);
    expect(
      rows(e, "MATCH (x {id: 'a'}) MATCH p = shortestPath((x)-[*..4]->(y)) WHERE y.id <> 'a' RETURN y.id, length(p)"),
    ).toEqual([["b", 1]]);
  });

  it("finds the path when the endpoints are filtered in WHERE", () => {
    const e = engineWith(pair);
    expect(rows(e, "MATCH p = allShortestPaths((x)-[*]-(y)) WHERE x.id = 'b' AND y.id = 'a' RETURN length(p)")).toEqual(
      [[1]],
    );
  });

  it("fails when a start and end node are the same, as Neo4j does", () => {
    // Neo4j: Neo.DatabaseError.Statement.ExecutionFailed "The shortest path algorithm does not
    // work when the start and end nodes are the same"
    const e = engineWith(pair);
    expect(errorOf(e, "MATCH p = shortestPath((x {id: 'a'})-[*]-(y {id: 'a'})) RETURN p").code).toBe(
      "ExecutionFailed.ShortestPathCommonEndNodes",
    );
    expect(errorOf(e, "MATCH p = allShortestPaths((x)-[*..2]-(y)) RETURN count(p)").phase).toBe("runtime");
  });

  it("returns the empty path for a common end node when the minimum length is 0", () => {
    // Neo4j: one row, length 0
    const e = engineWith(pair);
    expect(rows(e, "MATCH p = shortestPath((x {id: 'a'})-[*0..3]-(y {id: 'a'})) RETURN length(p)")).toEqual([[0]]);
  });

  it("applies WHERE conditions on the endpoints before searching", () => {
    // Neo4j skips the pair (a, a) excluded by WHERE instead of failing on it
    const e = engineWith(pair);
    expect(rows(e, "MATCH p = shortestPath((x)-[*]->(y)) WHERE x.id = 'a' AND y.id <> 'a' RETURN y.id")).toEqual([
      ["b"],
    ]);
  });
});
