// Deterministic synthetic graphs for the engine benchmark: plain records (for the engine's bulk
// load) and the same graph in the contract's graphology shape (server/cypher/CONTRACT.md "Graph shape").
import Graph from "graphology";
import { prng } from "../client/graph/seed.ts";
import type { NodeRecord, RelationshipRecord } from "../server/cypher/index.ts";

/** Seedable PRNG shared with the client's layout seeds; Math.random would make runs incomparable. */
export const seededRandom = prng;

export const randomInt = (rnd: () => number, n: number): number => Math.floor(rnd() * n);

export const NODE_LABEL = "Node";
export const REL_TYPE = "LINK";
/** `w` is uniform in [0, W_RANGE). */
export const W_RANGE = 100;

export interface GraphSize {
  nodes: number;
  relationships: number;
  label: string;
}

export const SIZES: GraphSize[] = [
  { nodes: 10_000, relationships: 50_000, label: "10k/50k" },
  { nodes: 100_000, relationships: 500_000, label: "100k/500k" },
];

/** Nodes `n<i>` with {id: i, name}, relationships of one type between random nodes with integer `w`. */
export function buildRecords(size: GraphSize, seed = 42): { nodes: NodeRecord[]; relationships: RelationshipRecord[] } {
  const rnd = seededRandom(seed);
  const nodes: NodeRecord[] = [];
  for (let i = 0; i < size.nodes; i++)
    nodes.push({ key: `n${i}`, labels: [NODE_LABEL], properties: { id: i, name: `node-${i}` } });
  const relationships: RelationshipRecord[] = [];
  for (let i = 0; i < size.relationships; i++) {
    const s = randomInt(rnd, size.nodes);
    const t = randomInt(rnd, size.nodes);
    // endpoints by position in `nodes`: the bulk load's cheap form (no key lookup)
    relationships.push({ key: `r${i}`, type: REL_TYPE, start: s, end: t, properties: { w: randomInt(rnd, W_RANGE) } });
  }
  return { nodes, relationships };
}

/** The same graph in graphology, built as the app builds its graph (one addNode/addEdge per record). */
export function buildGraph(size: GraphSize, seed = 42): Graph {
  return graphOf(buildRecords(size, seed));
}

function graphOf(records: { nodes: NodeRecord[]; relationships: RelationshipRecord[] }): Graph {
  const g = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  const { nodes } = records;
  const keyOf = (ref: string | number) => (typeof ref === "number" ? nodes[ref]!.key : ref);
  for (const n of nodes) g.addNode(n.key, { labels: n.labels, properties: n.properties });
  for (const r of records.relationships)
    g.addEdgeWithKey(r.key, keyOf(r.start), keyOf(r.end), { type: r.type, properties: r.properties });
  return g;
}
