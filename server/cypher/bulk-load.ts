// Bulk load: builds the engine's store straight from arrays of node/relationship records, with no
// graphology graph in between (graphology costs far more to build than the store itself). The graph
// is materialized from the same records only when something needs it (a write, `engine.graph`).
import { MultiDirectedGraph } from "graphology";
import { IdAllocator, Store } from "./store.ts";
import { RelRec, type NodeRec } from "./values.ts";

export interface NodeRecord { key: string; labels?: string[]; properties?: Record<string, unknown> }
/**
 * `start`/`end` name a node by key, or by its position in `nodes` (no key lookup: the cheap form for
 * large loads). Relationship keys must be unique; only node keys are checked here (a Set of every
 * relationship key would cost more than the rest of the load).
 */
export interface RelationshipRecord {
  key: string; type: string; start: string | number; end: string | number; properties?: Record<string, unknown>;
}
/** Property values follow CONTRACT.md "Graph shape" (plain JS, integral numbers read as INTEGER). */
export interface GraphRecords { nodes: Iterable<NodeRecord>; relationships: Iterable<RelationshipRecord> }

/** Records that cannot form a graph: duplicate keys, relationships to unknown nodes. */
export class GraphLoadError extends Error {
  constructor(readonly code: "DuplicateKey" | "UnknownNode", message: string) {
    super(message);
    this.name = "GraphLoadError";
  }
}

export interface Loaded { store: Store; rels: RelRec[] }

export function loadRecords(records: GraphRecords, ids: IdAllocator, relIds: IdAllocator): Loaded {
  const store = new Store(ids, relIds);
  const byIndex: NodeRec[] = [];
  for (const n of records.nodes) {
    if (store.nodes.has(n.key)) throw new GraphLoadError("DuplicateKey", `Duplicate node key '${n.key}'`);
    // attrs objects of their own (the records' may carry more fields): graphology may get them later.
    // Label arrays can be shared: label writes replace the array, never mutate it.
    byIndex.push(store.addNodeRec(n.key, { labels: n.labels ?? [], properties: n.properties ?? {} }));
  }
  const node = (ref: string | number, rel: string): NodeRec => {
    const n = typeof ref === "number" ? byIndex[ref] : store.nodes.get(ref);
    if (!n) throw new GraphLoadError("UnknownNode", `Relationship '${rel}' refers to unknown node '${ref}'`);
    return n;
  };
  // Two passes: records first (allocated in order, degrees counted), then adjacency arrays of
  // exact size, so no array is regrown (regrowth garbage dominated the load otherwise).
  const rels: RelRec[] = [];
  const outDeg = new Int32Array(byIndex.length + 1), inDeg = new Int32Array(byIndex.length + 1);
  const slot = new Map<NodeRec, number>();
  byIndex.forEach((n, i) => slot.set(n, i));
  for (const r of records.relationships) {
    const start = node(r.start, r.key), end = node(r.end, r.key);
    rels.push(new RelRec(r.key, relIds, r.type, start, end, { type: r.type, properties: r.properties ?? {} }));
    outDeg[slot.get(start)!]++;
    inDeg[slot.get(end)!]++;
  }
  byIndex.forEach((n, i) => { n.out = new Array<RelRec>(outDeg[i]); n.in = new Array<RelRec>(inDeg[i]); });
  outDeg.fill(0); inDeg.fill(0);
  for (const r of rels) {
    const s = slot.get(r.start)!, e = slot.get(r.end)!;
    r.start.out[outDeg[s]++] = r;
    r.end.in[inDeg[e]++] = r;
  }
  return { store, rels };
}

/** The graphology graph of a freshly loaded store, sharing its attribute objects (CONTRACT.md shape). */
export function materializeGraph(store: Store, rels: RelRec[]): MultiDirectedGraph {
  const g = new MultiDirectedGraph();
  for (const n of store.nodes.values()) g.addNode(n.key, n.attrs);
  for (const r of rels) if (!r.deleted) g.addDirectedEdgeWithKey(r.key, r.start.key, r.end.key, r.attrs);
  return g;
}
