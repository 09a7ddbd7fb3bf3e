import { describe, expect, it } from "vitest";
import { engineWith, rows } from "./helpers.ts";

const chain =
  "CREATE (a:N {name: 'a'})-[:T]->(b:N {name: 'b'})-[:T]->(c:N {name: 'c'})-[:T]->(d:N {name: 'd'}), (a)-[:S]->(d)";

describe("paths", () => {
  it("expands variable-length patterns within bounds", () => {
    const e = engineWith(chain);
    expect(rows(e, "MATCH (:N {name: 'a'})-[:T*1..2]->(m) RETURN m.name ORDER BY m.name")).toEqual([["b"], ["c"]]);
  });
  it("respects relationship uniqueness in undirected expansion", () => {
    const e = engineWith("CREATE (:X)-[:T]->(:Y)");
    expect(rows(e, "MATCH (a)-[*]-(b) RETURN count(*)")).toEqual([[2]]);
  });
  it("binds named paths with nodes and relationships in order", () => {
    const e = engineWith(chain);
    const [[p]] = rows(e, "MATCH p = (:N {name: 'a'})-[:T*3]->() RETURN [n IN nodes(p) | n.name]");
    expect(p).toEqual(["a", "b", "c", "d"]);
  });
  it("finds a shortest path", () => {
    const e = engineWith(chain);
    expect(
      rows(e, "MATCH (a {name: 'a'}), (d {name: 'd'}) MATCH p = shortestPath((a)-[*]->(d)) RETURN length(p)"),
    ).toEqual([[1]]);
  });
  it("finds all shortest paths", () => {
    const e = engineWith("CREATE (a {name: 'a'})-[:T]->(:M)-[:T]->(c {name: 'c'}), (a)-[:T]->(:M)-[:T]->(c)");
    expect(
      rows(e, "MATCH (a {name: 'a'}), (c {name: 'c'}) MATCH p = allShortestPaths((a)-[*]->(c)) RETURN count(p)"),
    ).toEqual([[2]]);
  });
  it("fills OPTIONAL MATCH misses with null", () => {
    const e = engineWith("CREATE (:Lonely)");
    expect(rows(e, "MATCH (n:Lonely) OPTIONAL MATCH (n)-->(m) RETURN m")).toEqual([[null]]);
  });
  it("evaluates pattern predicates and EXISTS subqueries", () => {
    const e = engineWith(chain);
    expect(rows(e, "MATCH (n:N) WHERE (n)-[:S]->() RETURN n.name")).toEqual([["a"]]);
    expect(rows(e, "MATCH (n:N) WHERE EXISTS { (n)<-[:T]-() } RETURN count(n)")).toEqual([[3]]);
  });
  it("uses the id index for property lookups", () => {
    const e = engineWith("UNWIND range(1, 100) AS i CREATE (:P {id: i})");
    expect(rows(e, "MATCH (n:P) WHERE n.id = $x RETURN n.id", { x: 42 })).toEqual([[42]]);
  });
});
