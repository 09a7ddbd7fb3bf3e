import { describe, expect, it } from "vitest";
import { engineWith, errorOf, rows } from "./helpers.ts";

describe("updates", () => {
  it("creates nodes and relationships and counts them", () => {
    const e = engineWith();
    const r = e.run("CREATE (a:A {x: 1})-[:T {w: 2}]->(b:B)");
    expect(r.stats).toMatchObject({ nodesCreated: 2, relationshipsCreated: 1, propertiesSet: 2, labelsAdded: 2 });
    expect(e.graph.order).toBe(2);
  });
  it("keeps an integral float written by the engine a float", () => {
    const e = engineWith("CREATE ({f: 1.0, i: 1})");
    const [[f, i]] = e.run("MATCH (n) RETURN n.f, n.i").rows;
    expect(f).toBe(1);
    expect(i).toBe(1n);
  });
  it("merges on match and on create", () => {
    const e = engineWith();
    e.run("MERGE (n:M {k: 1}) ON CREATE SET n.c = 1 ON MATCH SET n.m = 1");
    e.run("MERGE (n:M {k: 1}) ON CREATE SET n.c = 1 ON MATCH SET n.m = 1");
    expect(rows(e, "MATCH (n:M) RETURN n.c, n.m")).toEqual([[1, 1]]);
  });
  it("sets and removes properties and labels", () => {
    const e = engineWith("CREATE (:A {x: 1, y: 2})");
    e.run("MATCH (n:A) SET n += {z: 3}, n:B REMOVE n.x, n:A");
    expect(rows(e, "MATCH (n:B) RETURN n.x, n.y, n.z, labels(n)")).toEqual([[null, 2, 3, ["B"]]]);
  });
  it("refuses to delete a connected node without DETACH", () => {
    const e = engineWith("CREATE (:A)-[:T]->(:B)");
    expect(errorOf(e, "MATCH (a:A) DELETE a").detail).toBe("DeleteConnectedNode");
    expect(e.graph.order).toBe(2);
    e.run("MATCH (a:A) DETACH DELETE a");
    expect(e.graph.order).toBe(1);
    expect(e.graph.size).toBe(0);
  });
  it("leaves the graph unchanged when a query fails midway", () => {
    const e = engineWith("CREATE (:A {x: 1})");
    expect(() => e.run("MATCH (n:A) SET n.x = 2 CREATE (:B) WITH n RETURN 1 / 0")).toThrow();
    expect(rows(e, "MATCH (n) RETURN labels(n), n.x")).toEqual([[["A"], 1]]);
  });
  it("rejects updating clauses in read-only mode before running anything", () => {
    const e = engineWith();
    expect(errorOf(e, "CREATE (:A)", {}, { readOnly: true }).code).toBe("ReadOnly");
    expect(e.graph.order).toBe(0);
  });
  it("sees graphology changes made from outside after invalidate()", () => {
    const e = engineWith();
    e.graph.addNode("x", { labels: ["Ext"], properties: { id: 7 } });
    e.invalidate();
    expect(rows(e, "MATCH (n:Ext {id: 7}) RETURN elementId(n)")).toEqual([["x"]]);
  });
});

describe("list property values", () => {
  // Expected outcomes are the real Neo4j 5.26's (found comparing with it, tests/differential/).
  it("refuses lists mixing types or holding null, on create and on set", () => {
    const e = engineWith();
    for (const q of [
      "CREATE ({a: ['a', true]})",
      "CREATE ({a: [date('2020-01-01'), 1]})",
      "CREATE ()-[:R {a: [1, 'x']}]->()",
      "CREATE (n) SET n.a = [1, 'x']",
      "CREATE (n) SET n += {a: [null]}",
    ]) {
      const err = errorOf(e, q);
      expect([err.errorType, err.phase], q).toEqual(["TypeError", "runtime"]);
    }
    expect(rows(e, "MATCH (n) RETURN count(n)")).toEqual([[0]]);
  });

  it("stores a list mixing integers and floats as floats", () => {
    // Neo4j: [1, 2.5] is stored as [1.0, 2.5]
    const e = engineWith();
    const [[first]] = e.run("CREATE (n {a: [1, 2.5]}) RETURN n.a[0]").rows;
    expect(first).toBe(1);
    expect(typeof first).toBe("number");
  });
});
