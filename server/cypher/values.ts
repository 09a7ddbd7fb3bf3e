// Runtime value model: integers are bigint, floats are number, graph entities are live records
// owned by the store (NodeRec/RelRec), paths are PathVal. Also converts stored/param values in and out.

import { PointVal } from "./spatial/point.ts";
import { DurationVal, TemporalVal } from "./temporal/index.ts";

export type Value =
  | null
  | boolean
  | bigint
  | number
  | string
  | Value[]
  | MapValue
  | NodeRec
  | RelRec
  | PathVal
  | TemporalVal
  | DurationVal
  | PointVal;
export interface MapValue {
  [key: string]: Value;
}

export interface EntityAttrs {
  labels?: string[];
  type?: string;
  properties: Record<string, unknown>;
}

/** A node as the executor sees it; `attrs` is the graphology attribute object itself (shared). */
/** Hands out the integer ids of `id()`; assigned on first use so building the store stays cheap. */
export interface IdSource {
  of(key: string): number;
}

export class NodeRec {
  declare out: RelRec[];
  declare in: RelRec[];
  declare deleted: boolean;
  declare private _id: number;
  declare readonly key: string;
  declare private readonly ids: IdSource;
  declare readonly attrs: EntityAttrs;
  /** `attrs.properties`, as a field: the object is mutated in place, never replaced, and a getter shared
   * by NodeRec and RelRec is a polymorphic call in every property read. */
  declare readonly props: Record<string, unknown>;
  // plain assignments (no class fields): much cheaper when building hundreds of thousands of records
  constructor(key: string, ids: IdSource, attrs: EntityAttrs) {
    this.key = key;
    this.ids = ids;
    this.attrs = attrs;
    this.props = attrs.properties;
    this.out = [];
    this.in = [];
    this.deleted = false;
    this._id = -1;
  }
  get id(): number {
    return this._id >= 0 ? this._id : (this._id = this.ids.of(this.key));
  }
  get labels(): string[] {
    return this.attrs.labels!;
  }
}

export class RelRec {
  declare deleted: boolean;
  declare private _id: number;
  declare readonly key: string;
  declare private readonly ids: IdSource;
  declare readonly type: string;
  declare readonly start: NodeRec;
  declare readonly end: NodeRec;
  /** The properties object of the relationship's attributes (shared with graphology when there is one). */
  declare readonly props: Record<string, unknown>;
  constructor(key: string, ids: IdSource, type: string, start: NodeRec, end: NodeRec, props: Record<string, unknown>) {
    this.key = key;
    this.ids = ids;
    this.type = type;
    this.start = start;
    this.end = end;
    this.props = props;
    this.deleted = false;
    this._id = -1;
  }
  /**
   * Attributes in graphology's shape, made on demand: type and properties never change identity, so
   * a record needs no attribute object of its own (one object less per relationship in a bulk load).
   */
  get attrs(): EntityAttrs {
    return { type: this.type, properties: this.props };
  }
  get id(): number {
    return this._id >= 0 ? this._id : (this._id = this.ids.of(this.key));
  }
  other(n: NodeRec): NodeRec {
    return this.start === n ? this.end : this.start;
  }
}

export class PathVal {
  constructor(
    readonly nodes: NodeRec[],
    readonly rels: RelRec[],
  ) {}
}

/** Marks an integral float written by the engine so it reads back as FLOAT, not INTEGER. */
export class StoredFloat {
  constructor(readonly value: number) {}
}

/** Values that are objects but not maps: graph entities, paths, temporal values. */
export const isScalarObject = (v: unknown): boolean =>
  v instanceof NodeRec ||
  v instanceof RelRec ||
  v instanceof PathVal ||
  v instanceof TemporalVal ||
  v instanceof DurationVal ||
  v instanceof PointVal;

export const isMap = (v: unknown): v is MapValue =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !isScalarObject(v);

export type TypeName =
  | "NULL"
  | "BOOLEAN"
  | "INTEGER"
  | "FLOAT"
  | "STRING"
  | "LIST"
  | "MAP"
  | "NODE"
  | "RELATIONSHIP"
  | "PATH"
  | "TEMPORAL"
  | "DURATION"
  | "POINT";

/** The type name shared by runtime and result values: null, scalars and lists; undefined otherwise. */
export function plainTypeOf(v: unknown): TypeName | undefined {
  if (v === null) return "NULL";
  switch (typeof v) {
    case "boolean":
      return "BOOLEAN";
    case "bigint":
      return "INTEGER";
    case "number":
      return "FLOAT";
    case "string":
      return "STRING";
  }
  if (Array.isArray(v)) return "LIST";
  return undefined;
}

export function typeOf(v: Value): TypeName {
  const plain = plainTypeOf(v);
  if (plain) return plain;
  if (v instanceof NodeRec) return "NODE";
  if (v instanceof RelRec) return "RELATIONSHIP";
  if (v instanceof PathVal) return "PATH";
  if (v instanceof TemporalVal) return "TEMPORAL";
  if (v instanceof DurationVal) return "DURATION";
  if (v instanceof PointVal) return "POINT";
  return "MAP";
}

/** Reads a value as stored in graph attributes or given as a parameter (loader typing rule). */
export function fromStored(v: unknown): Value {
  if (v === undefined || v === null) return null;
  switch (typeof v) {
    case "number":
      return Number.isInteger(v) ? BigInt(v) : v;
    case "bigint":
    case "string":
    case "boolean":
      return v;
  }
  if (v instanceof StoredFloat) return v.value;
  if (Array.isArray(v)) return v.map(fromStored);
  if (isScalarObject(v)) return v as Value;
  if (typeof v === "object") {
    // Prototype-free, so a `__proto__` key in a parameter is an entry, never the map's prototype.
    const out = Object.create(null) as MapValue;
    for (const [k, x] of Object.entries(v as object)) out[k] = fromStored(x);
    return out;
  }
  return null;
}

/** Converts a property value to its stored form (see CONTRACT.md "Graph shape"). */
export function toStored(v: Value): unknown {
  if (typeof v === "number") return Number.isInteger(v) ? new StoredFloat(v) : v;
  if (Array.isArray(v)) return v.map(toStored);
  return v;
}

export function readProp(props: Record<string, unknown>, key: string): Value {
  const v = props[key];
  if (v === undefined || v === null) return null;
  if (typeof v === "number") return Number.isInteger(v) ? BigInt(v) : v;
  if (typeof v === "string" || typeof v === "bigint" || typeof v === "boolean") return v;
  // Only objects get here, and only own ones count: n.constructor is a missing property.
  return Object.hasOwn(props, key) ? fromStored(v) : null;
}

export function propsToMap(props: Record<string, unknown>): MapValue {
  const out = Object.create(null) as MapValue;
  for (const k of Object.keys(props)) if (props[k] !== null && props[k] !== undefined) out[k] = readProp(props, k);
  return out;
}
