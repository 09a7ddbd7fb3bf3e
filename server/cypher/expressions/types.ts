// Type predicates: whether a value belongs to a type of the type grammar (parser/types.ts). Every
// type but `NOT NULL` ones (and NOTHING) contains null; LIST<T> holds lists whose items are all T.
import type { TypeSpec } from "../ast.ts";
import { PointVal } from "../spatial/point.ts";
import { DurationVal, TemporalVal } from "../temporal/index.ts";
import { NodeRec, PathVal, RelRec, isMap, type Value } from "../values.ts";

const TEMPORAL = {
  date: "DATE",
  localtime: "LOCAL TIME",
  time: "ZONED TIME",
  localdatetime: "LOCAL DATETIME",
  datetime: "ZONED DATETIME",
};

function isPropertyValue(v: Value): boolean {
  if (Array.isArray(v)) return v.every((x) => x !== null && !Array.isArray(x) && isPropertyValue(x));
  return (
    typeof v === "boolean" ||
    typeof v === "string" ||
    typeof v === "bigint" ||
    typeof v === "number" ||
    v instanceof TemporalVal ||
    v instanceof DurationVal ||
    v instanceof PointVal
  );
}

function baseMatches(v: Exclude<Value, null>, name: string, inner: TypeSpec | undefined): boolean {
  switch (name) {
    case "ANY":
      return true;
    case "NOTHING":
    case "NULL":
      return false;
    case "BOOLEAN":
      return typeof v === "boolean";
    case "STRING":
      return typeof v === "string";
    case "INTEGER":
      return typeof v === "bigint";
    case "FLOAT":
      return typeof v === "number";
    case "DURATION":
      return v instanceof DurationVal;
    case "NODE":
      return v instanceof NodeRec;
    case "RELATIONSHIP":
      return v instanceof RelRec;
    case "PATH":
      return v instanceof PathVal;
    case "MAP":
      return isMap(v);
    case "LIST":
      return Array.isArray(v) && (!inner || v.every((x) => valueHasType(x, inner)));
    case "PROPERTY VALUE":
      return isPropertyValue(v);
    case "POINT":
      return v instanceof PointVal;
    default:
      return v instanceof TemporalVal && TEMPORAL[v.kind] === name;
  }
}

export function valueHasType(v: Value, t: TypeSpec): boolean {
  if (t.k === "union") return t.alts.some((a) => valueHasType(v, a));
  if (v === null) return !t.notNull && t.name !== "NOTHING";
  return baseMatches(v, t.name, t.inner);
}
