// Type conversion functions: toString, toInteger, toFloat, toBoolean (null for unparsable input).
import { formatFloat } from "../expressions/arith.ts";
import { typeError } from "../errors.ts";
import { NodeRec, RelRec, PathVal, isMap, typeOf, type Value } from "../values.ts";
import { badArg, unary, type FnDocs, type FnTable } from "./registry.ts";

const INT_MIN = -(1n << 63n),
  INT_MAX = (1n << 63n) - 1n;
const structural = (v: Value) =>
  Array.isArray(v) || isMap(v) || v instanceof NodeRec || v instanceof RelRec || v instanceof PathVal;

function parseIntLike(s: string): Value {
  const t = s.trim();
  if (/^[+-]?\d+$/.test(t)) {
    const b = BigInt(t);
    return b < INT_MIN || b > INT_MAX ? null : b;
  }
  const f = Number(t);
  if (t === "" || !Number.isFinite(f)) return null;
  return BigInt(Math.trunc(f));
}

export const convertFunctions: FnTable = {
  tostring: unary((v) => {
    if (typeof v === "number") return formatFloat(v);
    if (structural(v)) return badArg("toString", v);
    return String(v);
  }),
  tointeger: unary((v) => {
    if (typeof v === "bigint") return v;
    if (typeof v === "number") return Number.isFinite(v) ? BigInt(Math.trunc(v)) : null;
    if (typeof v === "string") return parseIntLike(v);
    if (typeof v === "boolean") return v ? 1n : 0n;
    return badArg("toInteger", v);
  }),
  tofloat: unary((v) => {
    if (typeof v === "number") return v;
    if (typeof v === "bigint") return Number(v);
    if (typeof v === "string") {
      const t = v.trim();
      const f = Number(t);
      return t === "" || (Number.isNaN(f) && t !== "NaN") ? null : f;
    }
    return badArg("toFloat", v);
  }),
  toboolean: unary((v) => {
    if (typeof v === "boolean") return v;
    if (typeof v === "string") {
      const t = v.trim().toLowerCase();
      return t === "true" ? true : t === "false" ? false : null;
    }
    if (typeof v === "bigint") return v !== 0n;
    throw typeError("InvalidArgumentValue", `toBoolean() cannot take ${typeOf(v)}`);
  }),
};

export const convertDocs: FnDocs = {
  tostring: { sig: "toString(input :: ANY) :: STRING", doc: "The value written as a string." },
  tointeger: {
    sig: "toInteger(input :: BOOLEAN | STRING | INTEGER | FLOAT) :: INTEGER",
    doc: "The value as an integer (null when a string does not parse).",
  },
  tofloat: {
    sig: "toFloat(input :: STRING | INTEGER | FLOAT) :: FLOAT",
    doc: "The value as a float (null when a string does not parse).",
  },
  toboolean: {
    sig: "toBoolean(input :: BOOLEAN | STRING | INTEGER) :: BOOLEAN",
    doc: "The value as a boolean (null when a string does not parse).",
  },
};
