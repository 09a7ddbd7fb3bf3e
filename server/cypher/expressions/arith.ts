// Arithmetic with Cypher's typing: INTEGER op INTEGER stays INTEGER (64-bit, overflow is an error),
// any FLOAT makes FLOAT; `+` also concatenates strings and lists. Also Java-like float formatting.
import { CypherError, typeError } from "../errors.ts";
import { DurationVal, TemporalVal } from "../temporal/index.ts";
import { temporalArith } from "../temporal/operators.ts";
import { typeOf, type Value } from "../values.ts";

const MAX = (1n << 63n) - 1n,
  MIN = -(1n << 63n);

export function checkInt(v: bigint): bigint {
  if (v > MAX || v < MIN) throw new CypherError("ArithmeticError", "IntegerOverflow", "Integer overflow", "runtime");
  return v;
}

const bad = (op: string, a: Value, b: Value) =>
  typeError("InvalidArgumentType", `Cannot apply ${op} to ${typeOf(a)} and ${typeOf(b)}`);

export function formatFloat(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "Infinity" : "-Infinity";
  if (Object.is(x, -0)) return "-0.0"; // as Java prints it (String(-0) is "0")
  const ax = Math.abs(x);
  if (ax === 0 || (ax >= 1e-3 && ax < 1e7)) {
    const s = String(x);
    return s.includes(".") || s.includes("e") ? s : s + ".0";
  }
  const [m, e] = x.toExponential().split("e");
  return (m.includes(".") ? m : m + ".0") + "E" + (e.startsWith("+") ? e.slice(1) : e);
}

export function valueToString(v: Value): string {
  if (typeof v === "number") return formatFloat(v);
  return String(v);
}

export function add(a: Value, b: Value): Value {
  if (a === null || b === null) return null;
  const t = temporalArith("+", a, b);
  if (t !== undefined) return t;
  const ta = typeof a,
    tb = typeof b;
  if (ta === "bigint" && tb === "bigint") return checkInt((a as bigint) + (b as bigint));
  if ((ta === "number" || ta === "bigint") && (tb === "number" || tb === "bigint")) return Number(a) + Number(b);
  if (Array.isArray(a)) return Array.isArray(b) ? [...a, ...b] : [...a, b];
  if (Array.isArray(b)) return [a, ...b];
  if (ta === "string" && (tb === "string" || tb === "bigint" || tb === "number" || tb === "boolean"))
    return (a as string) + valueToString(b);
  if (tb === "string" && (ta === "bigint" || ta === "number" || ta === "boolean"))
    return valueToString(a) + (b as string);
  throw bad("+", a, b);
}

type IntOp = (x: bigint, y: bigint) => bigint;
type FloatOp = (x: number, y: number) => number;

function numeric(op: string, a: Value, b: Value, io: IntOp, fo: FloatOp): Value {
  if (a === null || b === null) return null;
  if (a instanceof TemporalVal || a instanceof DurationVal || b instanceof TemporalVal || b instanceof DurationVal) {
    const t = temporalArith(op, a, b);
    if (t === undefined) throw bad(op, a, b);
    return t;
  }
  if (typeof a === "bigint" && typeof b === "bigint") return checkInt(io(a, b));
  if ((typeof a === "number" || typeof a === "bigint") && (typeof b === "number" || typeof b === "bigint"))
    return fo(Number(a), Number(b));
  throw bad(op, a, b);
}

const divZero = () => new CypherError("ArithmeticError", "DivisionByZero", "/ by zero", "runtime");

export const sub = (a: Value, b: Value): Value =>
  numeric(
    "-",
    a,
    b,
    (x, y) => x - y,
    (x, y) => x - y,
  );
export const mul = (a: Value, b: Value) =>
  numeric(
    "*",
    a,
    b,
    (x, y) => x * y,
    (x, y) => x * y,
  );
export const div = (a: Value, b: Value) =>
  numeric(
    "/",
    a,
    b,
    (x, y) => {
      if (y === 0n) throw divZero();
      return x / y;
    },
    (x, y) => x / y,
  );
export const mod = (a: Value, b: Value) =>
  numeric(
    "%",
    a,
    b,
    (x, y) => {
      if (y === 0n) throw divZero();
      return x % y;
    },
    (x, y) => x % y,
  );
export function pow(a: Value, b: Value): Value {
  if (a === null || b === null) return null;
  if ((typeof a === "number" || typeof a === "bigint") && (typeof b === "number" || typeof b === "bigint"))
    return Math.pow(Number(a), Number(b));
  throw bad("^", a, b);
}
export function neg(a: Value): Value {
  if (a === null) return null;
  if (typeof a === "bigint") return checkInt(-a);
  if (typeof a === "number") return -a;
  throw typeError("InvalidArgumentType", `Cannot negate ${typeOf(a)}`);
}
