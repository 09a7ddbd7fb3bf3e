// Type conversion functions: toString, toInteger, toFloat, toBoolean (null for unparsable input).
import { formatFloat } from "../expressions/arith.ts";
import { typeError } from "../errors.ts";
import { formatTemporal, TemporalVal } from "../temporal/index.ts";
import { NodeRec, RelRec, PathVal, isMap, typeOf, type Value } from "../values.ts";
import { badArg, unary, type FnDocs, type FnTable } from "./registry.ts";

const INT_MIN = -(1n << 63n),
  INT_MAX = (1n << 63n) - 1n;
const structural = (v: Value) =>
  Array.isArray(v) || isMap(v) || v instanceof NodeRec || v instanceof RelRec || v instanceof PathVal;

// Decimal notation only, as Neo4j's toInteger parses numbers (no hex, no Infinity/NaN, no inner spaces).
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Neo4j's toInteger on a string: no surrounding spaces allowed (' 7' is null); '3.9' truncates to 3. */
function parseIntLike(s: string): Value {
  if (/^[+-]?\d+$/.test(s)) {
    const b = BigInt(s);
    return b < INT_MIN || b > INT_MAX ? null : b;
  }
  if (!DECIMAL.test(s)) return null;
  const f = Number(s);
  return Number.isFinite(f) ? BigInt(Math.trunc(f)) : null;
}

/** A float to INTEGER as Java's (long) cast: NaN is 0, beyond 64 bits the nearest bound. */
function javaLong(x: number): bigint {
  if (Number.isNaN(x)) return 0n;
  if (x >= 2 ** 63) return INT_MAX;
  if (x <= -(2 ** 63)) return INT_MIN;
  return BigInt(Math.trunc(x));
}

// Java's Double.parseDouble, which Neo4j's toFloat uses: NaN, Infinity and a d or f suffix included
const JAVA_DOUBLE = /^[+-]?(?:NaN|Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[fFdD]?)$/;

/** Java's String.trim: every character up to U+0020 goes, other whitespace stays. */
function javaTrim(s: string): string {
  let a = 0,
    b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return s.slice(a, b);
}

/** Neo4j's toFloat on a string: surrounding spaces are ignored (' 3.5' is 3.5), '1f' is 1.0. */
function parseFloatLike(s: string): Value {
  const t = javaTrim(s);
  return JAVA_DOUBLE.test(t) ? Number(t.replace(/[fFdD]$/, "")) : null;
}

export const convertFunctions: FnTable = {
  tostring: unary((v) => {
    if (typeof v === "number") return formatFloat(v);
    if (structural(v)) return badArg("toString", v);
    // Neo4j 5 prints temporal values with their seconds always (12:00:00), unlike the values themselves
    if (v instanceof TemporalVal) return formatTemporal(v, true);
    return String(v);
  }),
  tointeger: unary((v) => {
    if (typeof v === "bigint") return v;
    if (typeof v === "number") return javaLong(v);
    if (typeof v === "string") return parseIntLike(v);
    if (typeof v === "boolean") return v ? 1n : 0n;
    return badArg("toInteger", v);
  }),
  tofloat: unary((v) => {
    if (typeof v === "number") return v;
    if (typeof v === "bigint") return Number(v);
    if (typeof v === "string") return parseFloatLike(v);
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
