import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { CypherEngine, GraphLoadError, toPlain, type GraphRecords } from "../../../server/cypher/index.ts";

/** A small graph with self-loops, parallel edges, mixed property types and a node without relationships. */
function records(): GraphRecords {
  const nodes = Array.from({ length: 12 }, (_, i) => ({
    key: `n${i}`,
    labels: i % 3 ? ["Node"] : ["Node", "Hub"],
    properties: i === 5 ? {} : { id: i, name: `node-${i}`, score: i % 2 ? i + 0.5 : i },
  }));
  const relationships = Array.from({ length: 30 }, (_, i) => ({
    key: `r${i}`,
    type: i % 4 ? "LINK" : "OTHER",
    start: (i * 7) % 11,
    end: (i * 3) % 11,
    properties: i % 5 === 0 ? {} : { w: i % 3 ? i : i + 0.25 },
  }));
  return { nodes, relationships };
}

function graphOf(r: GraphRecords): MultiDirectedGraph {
  const g = new MultiDirectedGraph();
  for (const n of r.nodes) g.addNode(n.key, { labels: [...(n.labels ?? [])], properties: { ...n.properties } });
  for (const e of r.relationships) {
    const key = (ref: string | number) => (typeof ref === "number" ? r.nodes[ref].key : ref);
    g.addDirectedEdgeWithKey(e.key, key(e.start), key(e.end), { type: e.type, properties: { ...e.properties } });
  }
  return g;
}

const QUERIES = [
  "MATCH (n) RETURN n.name, labels(n), id(n) ORDER BY id(n)",
  "MATCH (n:Hub)-[r:LINK]->(m) RETURN n.id, r.w, m.id, elementId(r)",
  "MATCH ()-[r]->() RETURN type(r), count(*), sum(r.w), avg(r.w), min(r.w), max(r.w)",
  "MATCH (a)-[r]-(b) RETURN a.id, b.id, r.w",
  "MATCH (a)-[r]->(a) RETURN a.id, r",
  "MATCH (n {id: 3})-[:LINK*1..3]->(m) RETURN count(*)",
  "MATCH (a {id: 1}), (b {id: 9}) MATCH p = shortestPath((a)-[*]->(b)) RETURN length(p)",
  "MATCH (n) WHERE n.score > 4 RETURN n.name ORDER BY n.name",
  "MATCH (n)<-[r:OTHER]-(m) RETURN n, r, m",
];

describe("CypherEngine.fromRecords", () => {
  it("answers like the graphology-backed engine over the same graph", () => {
    const bulk = CypherEngine.fromRecords(records());
    const graph = new CypherEngine(graphOf(records()));
    for (const q of QUERIES) {
      const want = graph.run(q).rows.map((r) => r.map(toPlain));
      expect(
        bulk.run(q).rows.map((r) => r.map(toPlain)),
        q,
      ).toEqual(want);
    }
  });

  it("accepts relationship endpoints by node key or by position", () => {
    const e = CypherEngine.fromRecords({
      nodes: [{ key: "a", labels: ["X"], properties: { id: 1 } }, { key: "b" }],
      relationships: [
        { key: "r1", type: "T", start: "a", end: 1 },
        { key: "r2", type: "T", start: 1, end: "a" },
      ],
    });
    expect(
      e.run("MATCH (x)-[r:T]->(y) RETURN elementId(x), elementId(r), elementId(y) ORDER BY elementId(r)").rows,
    ).toEqual([
      ["a", "r1", "b"],
      ["b", "r2", "a"],
    ]);
  });

  it("rejects duplicate node keys and unknown endpoints with a GraphLoadError", () => {
    const dup = () => CypherEngine.fromRecords({ nodes: [{ key: "a" }, { key: "a" }], relationships: [] });
    expect(dup).toThrow(GraphLoadError);
    const unknown = () =>
      CypherEngine.fromRecords({
        nodes: [{ key: "a" }],
        relationships: [{ key: "r", type: "T", start: "a", end: "zz" }],
      });
    expect(unknown).toThrow(expect.objectContaining({ code: "UnknownNode" }));
    const outOfRange = () =>
      CypherEngine.fromRecords({ nodes: [{ key: "a" }], relationships: [{ key: "r", type: "T", start: 0, end: 3 }] });
    expect(outOfRange).toThrow(GraphLoadError);
  });

  it("materializes the graphology graph on first write, in the contract's shape", () => {
    const e = CypherEngine.fromRecords(records());
    e.run("MATCH (n {id: 1}) CREATE (n)-[:NEW {w: 2}]->(:Fresh {name: 'f'})");
    const g = e.graph;
    expect(g.order).toBe(13);
    expect(g.size).toBe(31);
    expect(g.getNodeAttributes("n1")).toEqual({ labels: ["Node"], properties: { id: 1, name: "node-1", score: 1.5 } });
    expect(g.getEdgeAttributes("r1")).toEqual({ type: "LINK", properties: { w: 1 } });
    expect(e.run("MATCH (:Node {id: 1})-[r:NEW]->(f:Fresh) RETURN r.w, f.name").rows).toEqual([[2n, "f"]]);
  });

  it("rolls back a failing write and keeps answering from the restored graph", () => {
    const e = CypherEngine.fromRecords(records());
    expect(() => e.run("MATCH (n {id: 2}) SET n.name = 'x' WITH n RETURN 1 / 0")).toThrow();
    expect(e.run("MATCH (n {id: 2}) RETURN n.name").rows).toEqual([["node-2"]]);
    expect(e.run("MATCH ()-[r]->() RETURN count(r)").rows).toEqual([[30n]]);
  });

  it("sees outside changes to the graph after invalidate()", () => {
    const e = CypherEngine.fromRecords(records());
    e.invalidate(); // nothing handed out yet: the loaded store stays
    expect(e.run("MATCH (n) RETURN count(n)").rows).toEqual([[12n]]);
    e.graph.addNode("extra", { labels: ["Node"], properties: { id: 99 } });
    e.invalidate();
    expect(e.run("MATCH (n:Node {id: 99}) RETURN elementId(n)").rows).toEqual([["extra"]]);
  });
});
