// Public result shapes (CONTRACT.md "Values"): converts runtime values into NodeValue/RelationshipValue/
// PathValue instances, and into JSON-safe plain data via toPlain().
import { PointVal } from "./spatial/point.ts";
import { DurationVal, TemporalVal } from "./temporal/index.ts";
import { NodeRec, PathVal, RelRec, StoredFloat, plainTypeOf, propsToMap, type Value } from "./values.ts";

/** Temporal values are TemporalVal / DurationVal instances; String(v) is their ISO-8601 form. */
export type CypherValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | CypherValue[]
  | { [key: string]: CypherValue }
  | NodeValue
  | RelationshipValue
  | PathValue
  | TemporalVal
  | DurationVal
  | PointVal;

export class NodeValue {
  readonly kind = "node" as const;
  constructor(
    readonly id: string,
    readonly labels: string[],
    readonly properties: Record<string, CypherValue>,
  ) {}
}
export class RelationshipValue {
  readonly kind = "relationship" as const;
  constructor(
    readonly id: string,
    readonly type: string,
    readonly start: string,
    readonly end: string,
    readonly properties: Record<string, CypherValue>,
  ) {}
}
export class PathValue {
  readonly kind = "path" as const;
  constructor(
    readonly nodes: NodeValue[],
    readonly relationships: RelationshipValue[],
  ) {}
}

export const isNodeValue = (v: unknown): v is NodeValue => v instanceof NodeValue;
export const isRelationshipValue = (v: unknown): v is RelationshipValue => v instanceof RelationshipValue;
export const isPathValue = (v: unknown): v is PathValue => v instanceof PathValue;
export const isMapValue = (v: unknown): v is Record<string, CypherValue> =>
  typeof v === "object" &&
  v !== null &&
  !Array.isArray(v) &&
  !isNodeValue(v) &&
  !isRelationshipValue(v) &&
  !isPathValue(v) &&
  !(v instanceof TemporalVal) &&
  !(v instanceof DurationVal) &&
  !(v instanceof PointVal);

const nodeOut = (n: NodeRec) => new NodeValue(n.key, [...n.labels], propsToMap(n.props) as Record<string, CypherValue>);
const relOut = (r: RelRec) =>
  new RelationshipValue(r.key, r.type, r.start.key, r.end.key, propsToMap(r.props) as Record<string, CypherValue>);

export function toResultValue(v: Value): CypherValue {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(toResultValue);
  if (v instanceof NodeRec) return nodeOut(v);
  if (v instanceof RelRec) return relOut(v);
  if (v instanceof PathVal) return new PathValue(v.nodes.map(nodeOut), v.rels.map(relOut));
  if (v instanceof TemporalVal || v instanceof DurationVal || v instanceof PointVal) return v;
  const out = Object.create(null) as Record<string, CypherValue>;
  for (const k of Object.keys(v)) out[k] = toResultValue(v[k]);
  return out;
}

export function cypherTypeOf(v: CypherValue): string {
  const plain = plainTypeOf(v);
  if (plain) return plain;
  if (isNodeValue(v)) return "NODE";
  if (isRelationshipValue(v)) return "RELATIONSHIP";
  if (isPathValue(v)) return "PATH";
  if (v instanceof TemporalVal) return "TEMPORAL";
  if (v instanceof DurationVal) return "DURATION";
  if (v instanceof PointVal) return "POINT";
  return "MAP";
}

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export function toPlain(v: unknown): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === "bigint") {
    const n = Number(v);
    return Number.isSafeInteger(n) ? n : v.toString();
  }
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (Array.isArray(v)) return v.map(toPlain);
  if (v instanceof NodeRec || v instanceof RelRec || v instanceof PathVal) return toPlain(toResultValue(v));
  if (v instanceof StoredFloat) return v.value;
  if (v instanceof TemporalVal || v instanceof DurationVal || v instanceof PointVal) return v.toString();
  // Prototype-free like the engine's maps: a `__proto__` key stays an entry.
  const out = Object.create(null) as { [key: string]: Plain };
  for (const [k, x] of Object.entries(v as object)) out[k] = toPlain(x);
  return out;
}
