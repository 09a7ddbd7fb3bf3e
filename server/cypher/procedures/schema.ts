// Schema introspection as Neo4j 5 answers it: db.schema.nodeTypeProperties and relTypeProperties
// (one row per node label set / relationship type and property, with the stored value types in
// Neo4j's names and whether every element has the property) and db.schema.visualization (one
// virtual node per label, one virtual relationship per label-type-label triple).
import type { ProcedureDescriptor, ProcedureRow } from "../catalog/types.ts";
import type { Ctx } from "../executor/context.ts";
import { DurationVal, TemporalVal } from "../temporal/index.ts";
import { NodeRec, PathVal, RelRec, readProp, type IdSource, type Value } from "../values.ts";
import { procedure } from "./db.ts";

const TEMPORAL_NAMES = {
  date: "Date",
  localtime: "LocalTime",
  time: "Time",
  localdatetime: "LocalDateTime",
  datetime: "DateTime",
};

/** The name Neo4j's schema procedures give a stored value's type. */
function storedTypeName(v: Value): string {
  if (typeof v === "bigint") return "Long";
  if (typeof v === "number") return "Double";
  if (typeof v === "string") return "String";
  if (typeof v === "boolean") return "Boolean";
  if (v instanceof TemporalVal) return TEMPORAL_NAMES[v.kind];
  if (v instanceof DurationVal) return "Duration";
  if (Array.isArray(v)) return `${v.length ? storedTypeName(v[0]) : "String"}Array`;
  if (v instanceof NodeRec || v instanceof RelRec || v instanceof PathVal) return "Object";
  return "Map";
}

interface Group {
  size: number;
  /** property -> [type names, elements having it] */
  props: Map<string, { types: Set<string>; count: number }>;
}

function addTo(groups: Map<string, Group>, key: string, props: Record<string, unknown>): Group {
  let g = groups.get(key);
  if (!g) groups.set(key, (g = { size: 0, props: new Map() }));
  g.size++;
  for (const k of Object.keys(props)) {
    const v = readProp(props, k);
    if (v === null) continue;
    let p = g.props.get(k);
    if (!p) g.props.set(k, (p = { types: new Set(), count: 0 }));
    p.types.add(storedTypeName(v));
    p.count++;
  }
  return g;
}

function* rowsOf(g: Group, head: ProcedureRow): Iterable<ProcedureRow> {
  if (!g.props.size) yield { ...head, propertyName: null, propertyTypes: null, mandatory: false };
  for (const [name, p] of g.props)
    yield { ...head, propertyName: name, propertyTypes: [...p.types], mandatory: p.count === g.size };
}

const quoted = (names: string[]) => names.map((n) => `:\`${n.replace(/`/g, "``")}\``).join("");

function* nodeTypeProperties(ctx: Ctx): Iterable<ProcedureRow> {
  const groups = new Map<string, Group>(),
    labelsOf = new Map<string, string[]>();
  for (const n of ctx.store.nodes.values()) {
    if (n.deleted) continue;
    const key = quoted(n.labels);
    labelsOf.set(key, [...n.labels]);
    addTo(groups, key, n.props);
  }
  for (const [nodeType, g] of groups) yield* rowsOf(g, { nodeType, nodeLabels: labelsOf.get(nodeType)! });
}

function* relTypeProperties(ctx: Ctx): Iterable<ProcedureRow> {
  const groups = new Map<string, Group>();
  for (const n of ctx.store.nodes.values())
    if (!n.deleted) for (const r of n.out) if (!r.deleted) addTo(groups, quoted([r.type]), r.props);
  for (const [relType, g] of groups) yield* rowsOf(g, { relType });
}

/** Virtual elements get negative ids from -100 down, as Neo4j's do. */
const virtualIds: IdSource = { of: (key: string) => Number(key) };

function visualization(ctx: Ctx): ProcedureRow[] {
  const byLabel = new Map<string, NodeRec>();
  const labelNode = (label: string) => {
    let v = byLabel.get(label);
    if (!v) {
      const props = { name: label, indexes: [], constraints: [] };
      byLabel.set(
        label,
        (v = new NodeRec(String(-100 - byLabel.size), virtualIds, { labels: [label], properties: props })),
      );
    }
    return v;
  };
  for (const [label, set] of ctx.store.byLabel)
    for (const n of set)
      if (!n.deleted) {
        labelNode(label);
        break;
      }
  const rels = new Map<string, RelRec>();
  for (const n of ctx.store.nodes.values()) {
    if (n.deleted) continue;
    for (const r of n.out) {
      if (r.deleted) continue;
      for (const a of r.start.labels)
        for (const b of r.end.labels) {
          const key = JSON.stringify([a, r.type, b]);
          if (rels.has(key)) continue;
          const id = String(-100 - rels.size);
          rels.set(key, new RelRec(id, virtualIds, r.type, labelNode(a), labelNode(b), { name: r.type }));
        }
    }
  }
  return [{ nodes: [...byLabel.values()], relationships: [...rels.values()] }];
}

export const SCHEMA_PROCEDURES: ProcedureDescriptor[] = [
  procedure(
    "db.schema.nodeTypeProperties() :: (nodeType :: STRING, nodeLabels :: LIST<STRING>, propertyName :: STRING, propertyTypes :: LIST<STRING>, mandatory :: BOOLEAN)",
    "For each set of labels nodes carry, the properties they have and the types of their values.",
    nodeTypeProperties,
  ),
  procedure(
    "db.schema.relTypeProperties() :: (relType :: STRING, propertyName :: STRING, propertyTypes :: LIST<STRING>, mandatory :: BOOLEAN)",
    "For each relationship type, the properties relationships have and the types of their values.",
    relTypeProperties,
  ),
  procedure(
    "db.schema.visualization() :: (nodes :: LIST<NODE>, relationships :: LIST<RELATIONSHIP>)",
    "The graph's shape: a node per label and a relationship per label, type and label it connects.",
    visualization,
  ),
];
