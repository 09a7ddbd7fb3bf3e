// Patterns the planner starts in the middle (a labelled or bound node that is not the first):
// after the forward steps, the backward steps start again from that node. Expected values are
// the real Neo4j 5.26's answers (found by the differential test, tests/differential/).
import { describe, expect, it } from "vitest";
import { engineWith, rows } from "./helpers.ts";

const graph =
  "CREATE (:N {id: 'a'})-[:T]->(:A {id: 'b'}), (c:N {id: 'c'})-[:S]->(:A {id: 'd'}), (:N {id: 'e'})-[:T]->(c)";

describe("patterns started in the middle", () => {
  it("walks the backward steps from the start node, not from the last node reached", () => {
    // Neo4j: no row (no A node has both an incoming T and an incoming S)
    const e = engineWith(graph);
    expect(rows(e, "MATCH (x)-[:T]->(y:A)<-[:S]-(z) RETURN x.id, y.id, z.id")).toEqual([]);
  });

  it("still finds the rows whose backward and forward steps both fit", () => {
    // Neo4j: e, c, d
    const e = engineWith(graph);
    expect(rows(e, "MATCH (x)-[:T]->(y)-[:S]->(z:A) RETURN x.id, y.id, z.id")).toEqual([["e", "c", "d"]]);
    expect(rows(e, "MATCH (x)-[:T]->(y {id: 'c'})-[:S]->(z) RETURN x.id, z.id")).toEqual([["e", "d"]]);
  });
});
