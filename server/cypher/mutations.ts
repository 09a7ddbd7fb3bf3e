// All graph writes made by a query: applied to graphology and the store at once, counted in stats,
// and recorded in an undo log so a failing query leaves the graph unchanged.
import type { MultiDirectedGraph } from "graphology";
import { CypherError, typeError } from "./errors.ts";
import { INDEXED_PROPS, type Store } from "./store.ts";
import { TemporalVal } from "./temporal/index.ts";
import { NodeRec, PathVal, RelRec, isMap, toStored, typeOf, type EntityAttrs, type Value } from "./values.ts";

export interface Stats {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  labelsRemoved: number;
}
export const emptyStats = (): Stats => ({
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
  labelsAdded: 0,
  labelsRemoved: 0,
});

/** What a stored list holds: one kind per list (integers and floats count as one, stored as floats). */
function elementKind(x: Value): string {
  if (typeof x === "bigint" || typeof x === "number") return "number";
  return x instanceof TemporalVal ? `temporal ${x.kind}` : typeOf(x);
}

export function checkPropertyValue(v: Value): void {
  const bad = (v: Value) => isMap(v) || v instanceof NodeRec || v instanceof RelRec || v instanceof PathVal;
  if (bad(v) || (Array.isArray(v) && v.some((x) => bad(x) || Array.isArray(x))))
    throw typeError("InvalidPropertyType", `Property values cannot be of type ${typeOf(v)}`);
  if (!Array.isArray(v)) return;
  // Neo4j stores homogeneous arrays only
  if (v.some((x) => x === null))
    throw typeError("InvalidPropertyType", "Collections containing null values can not be stored in properties");
  if (new Set(v.map(elementKind)).size > 1)
    throw typeError("InvalidPropertyType", "Collections containing mixed types can not be stored in properties");
}

/** The value a property holds once written: a list mixing integers and floats becomes floats (Neo4j). */
export function storedForm(v: Value): Value {
  if (Array.isArray(v) && v.some((x) => typeof x === "number") && v.some((x) => typeof x === "bigint"))
    return v.map((x) => (typeof x === "bigint" ? Number(x) : x));
  return v;
}

export class Mutations {
  readonly stats = emptyStats();
  private readonly undo: (() => void)[] = [];
  private readonly pendingDeletes: NodeRec[] = [];
  dirty = false;

  /** A getter, not the graph: read-only queries of a bulk-loaded engine never need the graph built. */
  constructor(
    private readonly store: Store,
    private readonly graphOf: () => MultiDirectedGraph,
    private readonly newKey: (prefix: string) => string,
  ) {}

  private get graph(): MultiDirectedGraph {
    return this.graphOf();
  }

  createNode(labels: string[], props: [string, Value][]): NodeRec {
    const key = this.newKey("n");
    const attrs: EntityAttrs = { labels: [...new Set(labels)], properties: {} };
    for (const [k, v] of props)
      if (v !== null) {
        checkPropertyValue(v);
        attrs.properties[k] = toStored(storedForm(v));
        this.stats.propertiesSet++;
      }
    this.graph.addNode(key, attrs);
    this.undo.push(() => this.graph.dropNode(key));
    this.dirty = true;
    this.stats.nodesCreated++;
    this.stats.labelsAdded += attrs.labels!.length;
    return this.store.addNodeRec(key, attrs);
  }

  createRel(type: string, start: NodeRec, end: NodeRec, props: [string, Value][]): RelRec {
    if (start.deleted || end.deleted)
      throw new CypherError("EntityNotFound", "DeletedEntityAccess", "Node was deleted", "runtime");
    const key = this.newKey("r");
    const attrs: EntityAttrs = { type, properties: {} };
    for (const [k, v] of props)
      if (v !== null) {
        checkPropertyValue(v);
        attrs.properties[k] = toStored(storedForm(v));
        this.stats.propertiesSet++;
      }
    this.graph.addDirectedEdgeWithKey(key, start.key, end.key, attrs);
    this.undo.push(() => this.graph.dropEdge(key));
    this.dirty = true;
    this.stats.relationshipsCreated++;
    return this.store.addRelRec(key, type, start, end, attrs);
  }

  setProp(e: NodeRec | RelRec, key: string, v: Value): void {
    if (e.deleted) throw new CypherError("EntityNotFound", "DeletedEntityAccess", "Entity was deleted", "runtime");
    if (v !== null) checkPropertyValue(v);
    v = storedForm(v);
    const props = e.props,
      had = key in props,
      old = props[key];
    if (e instanceof NodeRec && INDEXED_PROPS.includes(key)) {
      this.store.unindexProp(e, key, old);
      if (v !== null) this.store.indexProp(e, key, toStored(v));
    }
    if (v === null) delete props[key];
    else {
      props[key] = toStored(v);
      this.stats.propertiesSet++;
    }
    if (v === null && had) this.stats.propertiesSet++;
    this.undo.push(() => {
      if (had) props[key] = old;
      else delete props[key];
    });
    this.dirty = true;
  }

  setLabel(n: NodeRec, label: string, present: boolean): void {
    if (n.deleted) throw new CypherError("EntityNotFound", "DeletedEntityAccess", "Node was deleted", "runtime");
    if (n.labels.includes(label) === present) return;
    const attrs = n.attrs,
      old = attrs.labels!;
    attrs.labels = present ? [...old, label] : old.filter((l) => l !== label);
    if (present) {
      this.store.labelAdded(n, label);
      this.stats.labelsAdded++;
    } else {
      this.store.labelRemoved(n, label);
      this.stats.labelsRemoved++;
    }
    this.undo.push(() => {
      attrs.labels = old;
    });
    this.dirty = true;
  }

  deleteRel(r: RelRec): void {
    if (r.deleted) return;
    const attrs = r.attrs,
      s = r.start.key,
      t = r.end.key;
    this.graph.dropEdge(r.key);
    this.store.dropRelRec(r);
    this.undo.push(() => this.graph.addDirectedEdgeWithKey(r.key, s, t, attrs));
    this.dirty = true;
    this.stats.relationshipsDeleted++;
  }

  /** Without DETACH, a node that still has relationships at the end of the query is an error. */
  deleteNode(n: NodeRec, detach: boolean): void {
    if (n.deleted) return;
    if (detach) for (const r of [...n.out, ...n.in]) this.deleteRel(r);
    if (n.out.length || n.in.length) {
      if (!this.pendingDeletes.includes(n)) this.pendingDeletes.push(n);
      return;
    }
    this.dropNode(n);
  }

  private dropNode(n: NodeRec): void {
    const attrs = n.attrs;
    this.graph.dropNode(n.key);
    this.store.dropNodeRec(n);
    this.undo.push(() => this.graph.addNode(n.key, attrs));
    this.dirty = true;
    this.stats.nodesDeleted++;
  }

  isPendingDelete(n: NodeRec): boolean {
    return this.pendingDeletes.includes(n);
  }

  /** Called once the query has produced all its rows. */
  commit(): void {
    for (const n of this.pendingDeletes) {
      if (n.deleted) continue;
      if (n.out.length || n.in.length)
        throw new CypherError(
          "ConstraintVerificationFailed",
          "DeleteConnectedNode",
          "Cannot delete a node that still has relationships; use DETACH DELETE",
          "runtime",
        );
      this.dropNode(n);
    }
  }

  rollback(): void {
    for (let i = this.undo.length - 1; i >= 0; i--) this.undo[i]();
    this.undo.length = 0;
  }
}
