// Cypher equality (three-valued), comparison (`<` etc., null for incomparable types), the total
// ORDER BY order across types, and grouping keys (equivalence for DISTINCT / aggregation).
import { PointVal, comparePoints, pointsEqual } from "./spatial/point.ts";
import { DurationVal, TemporalVal, compareDuration, compareTemporal } from "./temporal/index.ts";
import { NodeRec, PathVal, RelRec, isMap, type MapValue, type Value } from "./values.ts";

const isNum = (v: Value): v is bigint | number => typeof v === "bigint" || typeof v === "number";

function numCmp(a: bigint | number, b: bigint | number): number {
  if (typeof a === "bigint" && typeof b === "bigint") return a < b ? -1 : a > b ? 1 : 0;
  const x = Number(a),
    y = Number(b);
  if (x === y && typeof a !== typeof b) {
    // exactness matters near 2^63: compare via bigint when the float is integral
    const fa = typeof a === "number" ? a : (b as number);
    if (Number.isInteger(fa)) {
      const ia = typeof a === "bigint" ? a : BigInt(a),
        ib = typeof b === "bigint" ? b : BigInt(b as number);
      return ia < ib ? -1 : ia > ib ? 1 : 0;
    }
  }
  return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
}

/** `a = b`: true, false, or null when the answer is unknown. */
export function equals(a: Value, b: Value): boolean | null {
  if (a === null || b === null) return null;
  if (isNum(a) && isNum(b)) return numCmp(a, b) === 0;
  if (typeof a !== "object" || typeof b !== "object") return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    let unknown = false;
    for (let i = 0; i < a.length; i++) {
      const e = equals(a[i], b[i]);
      if (e === false) return false;
      if (e === null) unknown = true;
    }
    return unknown ? null : true;
  }
  if (a instanceof NodeRec || a instanceof RelRec) return a === b;
  if (a instanceof TemporalVal) return b instanceof TemporalVal && compareTemporal(a, b) === 0;
  if (a instanceof DurationVal) return b instanceof DurationVal && String(a) === String(b);
  if (a instanceof PointVal) return b instanceof PointVal && pointsEqual(a, b);
  if (a instanceof PathVal) {
    return (
      b instanceof PathVal &&
      a.nodes.length === b.nodes.length &&
      a.nodes.every((n, i) => n === b.nodes[i]) &&
      a.rels.every((r, i) => r === b.rels[i])
    );
  }
  if (!isMap(a) || !isMap(b)) return false;
  const ka = Object.keys(a),
    kb = Object.keys(b);
  if (ka.length !== kb.length || !ka.every((k) => k in b)) return false;
  let unknown = false;
  for (const k of ka) {
    const e = equals(a[k], b[k]);
    if (e === false) return false;
    if (e === null) unknown = true;
  }
  return unknown ? null : true;
}

/** Result of `a < b` style comparison: negative/0/positive, or null when incomparable. */
export function compare(a: Value, b: Value): number | null {
  if (a === null || b === null) return null;
  if (isNum(a) && isNum(b)) {
    return numCmp(a, b); // NaN when either side is NaN: every comparison is then false
  }
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === "boolean" && typeof b === "boolean") return a === b ? 0 : a ? 1 : -1;
  if (a instanceof TemporalVal && b instanceof TemporalVal) return compareTemporal(a, b);
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = compare(a[i], b[i]);
      if (c === null) return null;
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  return null;
}

const RANK = {
  MAP: 0,
  NODE: 1,
  RELATIONSHIP: 2,
  LIST: 3,
  PATH: 4,
  POINT: 5,
  TEMPORAL: 6,
  DURATION: 7,
  STRING: 8,
  BOOLEAN: 9,
  NUMBER: 10,
  NULL: 11,
};
// Neo4j orders the temporal kinds this way (ORDER BY over mixed kinds)
const KIND_RANK = { datetime: 0, localdatetime: 1, date: 2, time: 3, localtime: 4 };
function rank(v: Value): number {
  if (v === null) return RANK.NULL;
  switch (typeof v) {
    case "bigint":
    case "number":
      return RANK.NUMBER;
    case "string":
      return RANK.STRING;
    case "boolean":
      return RANK.BOOLEAN;
  }
  if (Array.isArray(v)) return RANK.LIST;
  if (v instanceof NodeRec) return RANK.NODE;
  if (v instanceof RelRec) return RANK.RELATIONSHIP;
  if (v instanceof PathVal) return RANK.PATH;
  if (v instanceof TemporalVal) return RANK.TEMPORAL;
  if (v instanceof DurationVal) return RANK.DURATION;
  if (v instanceof PointVal) return RANK.POINT;
  return RANK.MAP;
}

/** Total order used by ORDER BY, min and max (nulls last ascending, NaN above all numbers). */
export function orderCompare(a: Value, b: Value): number {
  const ra = rank(a),
    rb = rank(b);
  if (ra !== rb) return ra - rb;
  switch (ra) {
    case RANK.NULL:
      return 0;
    case RANK.NUMBER: {
      const na = Number.isNaN(a),
        nb = Number.isNaN(b);
      if (na || nb) return na && nb ? 0 : na ? 1 : -1;
      return numCmp(a as number, b as number);
    }
    case RANK.STRING:
    case RANK.BOOLEAN:
      return compare(a, b)!;
    case RANK.LIST: {
      const x = a as Value[],
        y = b as Value[];
      for (let i = 0; i < Math.min(x.length, y.length); i++) {
        const c = orderCompare(x[i], y[i]);
        if (c !== 0) return c;
      }
      return x.length - y.length;
    }
    case RANK.NODE:
    case RANK.RELATIONSHIP:
      return (a as NodeRec).id - (b as NodeRec).id;
    case RANK.TEMPORAL: {
      const x = a as TemporalVal,
        y = b as TemporalVal;
      return x.kind !== y.kind ? KIND_RANK[x.kind] - KIND_RANK[y.kind] : compareTemporal(x, y)!;
    }
    case RANK.DURATION:
      return compareDuration(a as DurationVal, b as DurationVal);
    case RANK.POINT:
      return comparePoints(a as PointVal, b as PointVal);
    case RANK.PATH: {
      const x = a as PathVal,
        y = b as PathVal;
      return orderCompare([...x.nodes, ...x.rels] as Value[], [...y.nodes, ...y.rels] as Value[]);
    }
  }
  const ka = Object.keys(a as object).sort(),
    kb = Object.keys(b as object).sort();
  const c = orderCompare(ka, kb);
  if (c !== 0) return c;
  return orderCompare(
    ka.map((k) => (a as Record<string, Value>)[k]),
    kb.map((k) => (b as Record<string, Value>)[k]),
  );
}

/** Equivalence key: equal keys <=> same group under DISTINCT / grouping (null ~ null, 1 ~ 1.0). */
let nanSeq = 0;

export function groupKey(v: Value): string {
  if (v === null) return "N";
  switch (typeof v) {
    case "boolean":
      return v ? "T" : "F";
    case "bigint":
      return "n" + v;
    case "number":
      // NaN equals nothing, itself included: each one is a group (and a distinct value) of its own
      if (Number.isNaN(v)) return "nNaN#" + nanSeq++;
      return Number.isInteger(v) && Math.abs(v) < 2 ** 63 ? "n" + BigInt(v) : "n" + v;
    case "string":
      return JSON.stringify(v);
  }
  if (Array.isArray(v)) return "[" + v.map(groupKey).join(",") + "]";
  if (v instanceof NodeRec) return "#n" + v.id;
  if (v instanceof RelRec) return "#r" + v.id;
  if (v instanceof PathVal) return "#p" + v.nodes.map((n) => n.id).join(",") + "|" + v.rels.map((r) => r.id).join(",");
  if (v instanceof TemporalVal) return "#t" + v.kind + String(v); // same instant in another zone is another value
  if (v instanceof DurationVal) return "#d" + String(v);
  // -0.0 and 0.0 stay apart, as Neo4j keeps them apart
  if (v instanceof PointVal)
    return "#s" + v.crs.srid + ":" + v.coords.map((c) => (Object.is(c, -0) ? "-0" : String(c))).join(",");
  const m = v as MapValue;
  return (
    "{" +
    Object.keys(m)
      .sort()
      .map((k) => JSON.stringify(k) + ":" + groupKey(m[k]))
      .join(",") +
    "}"
  );
}
