// round(value[, precision[, mode]]) as Neo4j computes it: without a precision halves go up (toward
// +infinity, round(-1.5) = -1.0); with one, the decimal the float prints as is rounded to that many
// places by java.math's modes (HALF_UP by default), so round(2.675, 2) = 2.68.
import { argumentError, CypherError } from "../errors.ts";
import type { Value } from "../values.ts";
import { num } from "./registry.ts";

const MODES = ["CEILING", "FLOOR", "UP", "DOWN", "HALF_EVEN", "HALF_UP", "HALF_DOWN", "UNNECESSARY"] as const;
type Mode = (typeof MODES)[number];

/** Digits and scale of a finite float's shortest decimal form: value = digits × 10^-scale. */
function decimal(x: number): [bigint, number] {
  const [mant, exp = "0"] = x.toExponential().split("e");
  const [int, frac = ""] = mant.replace("-", "").split(".");
  const digits = BigInt(int + frac) * (x < 0 ? -1n : 1n);
  return [digits, frac.length - Number(exp)];
}

/** Integer division of n by d (d > 0) with a java.math rounding mode. */
function divide(n: bigint, d: bigint, mode: Mode): bigint {
  const q = n / d,
    r = n % d;
  if (r === 0n) return q;
  if (mode === "UNNECESSARY")
    throw new CypherError("ArgumentError", "InvalidArgumentValue", "Rounding necessary", "runtime");
  const sign = n < 0n ? -1n : 1n;
  const away = q + sign;
  const twice = (r < 0n ? -r : r) * 2n;
  switch (mode) {
    case "UP":
      return away;
    case "DOWN":
      return q;
    case "CEILING":
      return sign > 0n ? away : q;
    case "FLOOR":
      return sign < 0n ? away : q;
    case "HALF_UP":
      return twice >= d ? away : q;
    case "HALF_DOWN":
      return twice > d ? away : q;
    default:
      return twice > d || (twice === d && q % 2n !== 0n) ? away : q;
  }
}

function roundDecimal(x: number, precision: number, mode: Mode): number {
  if (!Number.isFinite(x)) return x;
  const [digits, scale] = decimal(x);
  if (scale <= precision) return x;
  const rounded = divide(digits, 10n ** BigInt(scale - precision), mode);
  const out = Number(`${rounded}e${-precision}`);
  return out === 0 && x < 0 ? -0 : out;
}

const LONG_LIMIT = 2 ** 63;
function javaRound(x: number): number {
  if (!Number.isFinite(x)) return x;
  if (x >= LONG_LIMIT) return LONG_LIMIT;
  if (x <= -LONG_LIMIT) return -LONG_LIMIT;
  return Math.round(x);
}

export function round(args: Value[]): Value {
  const [v, p, m] = args;
  if (v === null || p === null || m === null) return null;
  const x = num("round", v);
  const precision = p === undefined ? 0 : Math.trunc(num("round", p));
  // with no mode, precision 0 is Java's Math.round: halves toward +infinity, clamped to 64 bits
  if (precision === 0 && m === undefined) return javaRound(x);
  if (precision < 0) throw argumentError("InvalidArgumentValue", "Precision argument to 'round()' cannot be negative");
  let mode: Mode = "HALF_UP";
  if (m !== undefined) {
    if (typeof m !== "string" || !(MODES as readonly string[]).includes(m))
      throw argumentError("InvalidArgumentValue", `Unknown rounding mode. Valid values are: ${MODES.join(", ")}.`);
    mode = m as Mode;
  }
  return roundDecimal(x, precision, mode);
}
