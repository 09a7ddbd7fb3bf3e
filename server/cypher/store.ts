// In-memory view of the graph used by the executor: node/relationship records with compact
// adjacency arrays, a label index and a property index on `id` and `name`. Filled from a
// graphology graph (fromGraph) or from plain records (bulk-load.ts); mutations keep it in sync.
import type { MultiDirectedGraph } from "graphology";
import { NodeRec, RelRec, type EntityAttrs, type Value } from "./values.ts";

export const INDEXED_PROPS = ["id", "name"];

/** Index key under Cypher equality: 1 and 1.0 share a key; candidates are re-checked anyway. */
export function indexKey(v: unknown): string | undefined {
  if (v instanceof Object && "value" in v) v = (v as { value: unknown }).value;
  switch (typeof v) {
    case "string":
      return "s" + v;
    case "number":
      return "n" + v;
    case "bigint":
      return "n" + Number(v);
    case "boolean":
      return "b" + v;
  }
  return undefined;
}

export class Store {
  readonly nodes = new Map<string, NodeRec>();
  readonly byLabel = new Map<string, Set<NodeRec>>();
  readonly propIndex = new Map<string, Map<string, NodeRec[]>>();

  constructor(
    private readonly ids: IdAllocator,
    private readonly relIds: IdAllocator,
  ) {
    for (const p of INDEXED_PROPS) this.propIndex.set(p, new Map());
  }

  /** Records over a graphology graph; they share its attribute objects. */
  static fromGraph(graph: MultiDirectedGraph, ids: IdAllocator, relIds: IdAllocator): Store {
    const store = new Store(ids, relIds);
    graph.forEachNode((key, attrs) => store.addNodeRec(key, attrs as EntityAttrs));
    graph.forEachEdge((key, attrs, source, target) => {
      const a = attrs as EntityAttrs;
      a.properties ??= {};
      store.addRelRec(key, a.type ?? "", store.nodes.get(source)!, store.nodes.get(target)!, a);
    });
    return store;
  }

  addNodeRec(key: string, attrs: EntityAttrs): NodeRec {
    attrs.labels ??= [];
    attrs.properties ??= {};
    const n = new NodeRec(key, this.ids, attrs);
    this.nodes.set(key, n);
    for (const l of attrs.labels) this.labelAdded(n, l);
    for (const p of INDEXED_PROPS) this.indexProp(n, p, attrs.properties[p]);
    return n;
  }

  addRelRec(key: string, type: string, start: NodeRec, end: NodeRec, attrs: EntityAttrs): RelRec {
    const r = new RelRec(key, this.relIds, type, start, end, attrs.properties);
    start.out.push(r);
    end.in.push(r);
    return r;
  }

  labelAdded(n: NodeRec, l: string): void {
    let s = this.byLabel.get(l);
    if (!s) this.byLabel.set(l, (s = new Set()));
    s.add(n);
  }
  labelRemoved(n: NodeRec, l: string): void {
    this.byLabel.get(l)?.delete(n);
  }

  indexProp(n: NodeRec, prop: string, v: unknown): void {
    const k = indexKey(v);
    if (k === undefined) return;
    const idx = this.propIndex.get(prop)!;
    const bucket = idx.get(k);
    if (bucket) bucket.push(n);
    else idx.set(k, [n]);
  }
  unindexProp(n: NodeRec, prop: string, v: unknown): void {
    const k = indexKey(v);
    const bucket = k === undefined ? undefined : this.propIndex.get(prop)!.get(k);
    const i = bucket ? bucket.indexOf(n) : -1;
    if (i >= 0) bucket!.splice(i, 1);
  }

  /** Candidate nodes whose indexed property may equal `v` (caller re-checks the predicate). */
  lookup(prop: string, v: Value): Iterable<NodeRec> {
    const k = indexKey(v);
    return (k !== undefined && this.propIndex.get(prop)!.get(k)) || [];
  }

  labelSet(l: string): Set<NodeRec> | undefined {
    return this.byLabel.get(l);
  }

  dropRelRec(r: RelRec): void {
    r.deleted = true;
    const rm = (arr: RelRec[]) => {
      const i = arr.indexOf(r);
      if (i >= 0) arr.splice(i, 1);
    };
    rm(r.start.out);
    rm(r.end.in);
  }

  dropNodeRec(n: NodeRec): void {
    n.deleted = true;
    this.nodes.delete(n.key);
    for (const l of n.labels) this.labelRemoved(n, l);
    for (const p of INDEXED_PROPS) this.unindexProp(n, p, n.props[p]);
  }
}

/** Stable integer ids for `id()`, kept across store rebuilds. */
export class IdAllocator {
  private readonly map = new Map<string, number>();
  private next = 0;
  of(key: string): number {
    let id = this.map.get(key);
    if (id === undefined) this.map.set(key, (id = this.next++));
    return id;
  }
}
