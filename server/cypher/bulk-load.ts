// Bulk load: builds the engine's store straight from arrays of node/relationship records, with no
// graphology graph in between (graphology costs far more to build than the store itself). The graph
// is materialized from the same records only when something needs it (a write, `engine.graph`).
import { MultiDirectedGraph } from "graphology";
import { Store, type IdAllocator } from "./store.ts";
import { RelRec, type NodeRec } from "./values.ts";

export interface NodeRecord {
  key: string;
  labels?: string[];
  properties?: Record<string, unknown>;
}
/**
 * `start`/`end` name a node by key, or by its position in `nodes` (no key lookup: the cheap form for
 * large loads). Relationship keys must be unique; only node keys are checked here (a Set of every
 * relationship key would cost more than the rest of the load).
 */
export interface RelationshipRecord {
  key: string;
  type: string;
  start: string | number;
  end: string | number;
  properties?: Record<string, unknown>;
}
/** Property values follow CONTRACT.md "Graph shape" (plain JS, integral numbers read as INTEGER). */
export interface GraphRecords {
  nodes: readonly NodeRecord[];
  relationships: readonly RelationshipRecord[];
}

/** Records that cannot form a graph: duplicate keys, relationships to unknown nodes. */
export class GraphLoadError extends Error {
  constructor(
    readonly code: "DuplicateKey" | "UnknownNode",
    message: string,
  ) {
    super(message);
    this.name = "GraphLoadError";
  }
}

export interface Loaded {
  store: Store;
  rels: RelRec[];
}

export function loadRecords(records: GraphRecords, ids: IdAllocator, relIds: IdAllocator): Loaded {
  const store = new Store(ids, relIds);
  const nodes: NodeRec[] = [];
  for (const n of records.nodes) {
    if (store.nodes.has(n.key)) throw new GraphLoadError("DuplicateKey", `Duplicate node key '${n.key}'`);
    // attrs objects of their own (the records' may carry more fields): graphology may get them later.
    // Label arrays can be shared: label writes replace the array, never mutate it.
    nodes.push(store.addNodeRec(n.key, { labels: n.labels ?? [], properties: n.properties ?? {} }));
  }
  let positions: Map<string, number> | undefined;
  const position = (ref: string | number, rel: string): number => {
    const i = typeof ref === "number" ? ref : (positions ??= new Map(nodes.map((n, j) => [n.key, j]))).get(ref);
    if (i === undefined || !(i >= 0 && i < nodes.length))
      throw new GraphLoadError("UnknownNode", `Relationship '${rel}' refers to unknown node '${ref}'`);
    return i;
  };
  // Endpoints and degrees first, then adjacency arrays of exact size (no array is ever regrown:
  // regrowth garbage dominated the load otherwise).
  const list = records.relationships,
    m = list.length;
  const starts = new Int32Array(m),
    ends = new Int32Array(m);
  const outAt = new Int32Array(nodes.length + 1),
    inAt = new Int32Array(nodes.length);
  for (let i = 0; i < m; i++) {
    const r = list[i];
    outAt[(starts[i] = position(r.start, r.key)) + 1]++;
    inAt[(ends[i] = position(r.end, r.key))]++;
  }
  for (let j = 0; j < nodes.length; j++) {
    nodes[j].out = new Array<RelRec>(outAt[j + 1]);
    nodes[j].in = new Array<RelRec>(inAt[j]);
    outAt[j + 1] += outAt[j];
  }
  // Records are allocated grouped by start node (a counting sort), each with its own copy of the
  // properties, so a scan over nodes' outgoing relationships reads memory in allocation order.
  const byStart = new Int32Array(m),
    cursor = outAt.slice(0, nodes.length);
  for (let i = 0; i < m; i++) byStart[cursor[starts[i]]++] = i;
  const rels = new Array<RelRec>(m);
  for (let k = 0; k < m; k++) {
    const i = byStart[k],
      r = list[i],
      start = nodes[starts[i]];
    const rec = new RelRec(r.key, relIds, r.type, start, nodes[ends[i]], { ...r.properties });
    rels[i] = rec;
    start.out[k - outAt[starts[i]]] = rec;
  }
  // incoming lists in record order, as the graphology-backed store has them
  inAt.fill(0);
  for (let i = 0; i < m; i++) nodes[ends[i]].in[inAt[ends[i]]++] = rels[i];
  return { store, rels };
}

/** The graphology graph of a freshly loaded store, sharing its attribute objects (CONTRACT.md shape). */
export function materializeGraph(store: Store, rels: RelRec[]): MultiDirectedGraph {
  const g = new MultiDirectedGraph();
  for (const n of store.nodes.values()) g.addNode(n.key, n.attrs);
  for (const r of rels) if (!r.deleted) g.addDirectedEdgeWithKey(r.key, r.start.key, r.end.key, r.attrs);
  return g;
}
