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

describe("a relationship list bound before, reused in a variable-length pattern", () => {
  // Expected values are the real Neo4j 5.26's answers on the chain a -> b -> c.
  const chain = "CREATE (:A {id: 'a'})-[:R]->(:A {id: 'b'})-[:R]->(:B {id: 'c'})";

  it("matches exactly that list, not any path of the same length", () => {
    const e = engineWith(chain);
    // Neo4j: 3 (each of the three lists matches only itself)
    expect(rows(e, "MATCH (a)-[rs*1..2]->(b) MATCH (c)-[rs*1..2]->(d) RETURN count(*)")).toEqual([[3]]);
    expect(rows(e, "MATCH ()-[rs*2]->() WITH rs MATCH (x)-[rs*1..2]-(y) RETURN x.id, y.id")).toEqual([["a", "c"]]);
  });

  it("follows the list in order from the left node, in the pattern's direction", () => {
    const e = engineWith(chain);
    // Neo4j: no row against the direction; a when the walk starts from the right end
    expect(rows(e, "MATCH ()-[rs*2]->() WITH rs MATCH (x)<-[rs*2]-(y) RETURN x.id, y.id")).toEqual([]);
    expect(rows(e, "MATCH ()-[rs*2]->() WITH rs MATCH (x)-[rs*2]->(y {id: 'c'}) RETURN x.id")).toEqual([["a"]]);
  });

  it("applies the pattern's length bounds to the list", () => {
    // Neo4j: only the list of length 2 fits *2
    const e = engineWith(chain);
    expect(rows(e, "MATCH ()-[rs*1..2]->() WITH rs MATCH (x)-[rs*2]->(y) RETURN x.id, y.id")).toEqual([["a", "c"]]);
  });
});
