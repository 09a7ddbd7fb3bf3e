// Durations: built from maps and text, added, negated, multiplied and divided. Fractions of a unit
// spread downwards (a month is 2,629,746 s on average, a day 86,400 s) with the same double
// arithmetic Neo4j uses, so results agree to the nanosecond.
import { argumentError, CypherError } from "../errors.ts";
import { isMap, typeOf, type MapValue, type Value } from "../values.ts";
import { parseDuration } from "./parse.ts";
import { DurationVal } from "./types.ts";

const AVG_NANOS_PER_MONTH = 2_629_746e9;
const NANOS_PER_DAY = 86_400e9;

/** Neo4j's approximation of fractional components (truncating each to a whole unit, passing the rest on). */
export function approximate(months: number, days: number, seconds: number, nanos: number): DurationVal {
  // each step keeps the whole unit and passes the fraction on, in this exact order of operations
  const m = Math.trunc(months);
  days += ((months - m) * AVG_NANOS_PER_MONTH) / NANOS_PER_DAY;
  const d = Math.trunc(days);
  seconds += ((days - d) * NANOS_PER_DAY) / 1e9;
  const s = Math.trunc(seconds);
  nanos += (seconds - s) * 1e9;
  return new DurationVal(m, d, s, Math.trunc(nanos));
}

const UNITS: Record<string, [keyof Acc, number]> = {
  years: ["months", 12],
  months: ["months", 1],
  weeks: ["days", 7],
  days: ["days", 1],
  hours: ["seconds", 3600],
  minutes: ["seconds", 60],
  seconds: ["seconds", 1],
  milliseconds: ["nanos", 1e6],
  microseconds: ["nanos", 1e3],
  nanoseconds: ["nanos", 1],
};
interface Acc {
  months: number;
  days: number;
  seconds: number;
  nanos: number;
}

export function durationFromMap(map: MapValue): DurationVal {
  const acc: Acc = { months: 0, days: 0, seconds: 0, nanos: 0 };
  let fractional = false;
  const entries = Object.entries(map);
  if (entries.length === 0)
    throw argumentError("InvalidArgumentValue", "At least one duration unit must be specified.");
  for (const [k, v] of entries) {
    const u = UNITS[k.toLowerCase()];
    if (!u) throw argumentError("InvalidArgumentValue", `No such field: ${k}`);
    if (v === null) continue;
    if (typeof v === "number") fractional = true;
    else if (typeof v !== "bigint")
      throw argumentError("InvalidArgumentType", `The duration field ${k} must be a number, got ${typeOf(v)}`);
    acc[u[0]] += Number(v) * u[1];
  }
  return fractional
    ? approximate(acc.months, acc.days, acc.seconds, acc.nanos)
    : new DurationVal(acc.months, acc.days, acc.seconds, acc.nanos);
}

export function durationFromString(s: string): DurationVal {
  const p = parseDuration(s);
  return p.fractional
    ? approximate(p.months, p.days, p.seconds, p.nanos)
    : new DurationVal(p.months, p.days, p.seconds, p.nanos);
}

export function durationOf(arg: Value): Value {
  if (arg === null) return null;
  if (arg instanceof DurationVal) return arg;
  if (typeof arg === "string") return durationFromString(arg);
  if (isMap(arg)) return durationFromMap(arg);
  throw argumentError("InvalidArgumentType", `duration() cannot take ${typeOf(arg)}`);
}

export const plusDuration = (a: DurationVal, b: DurationVal, sign = 1) =>
  new DurationVal(
    a.months + sign * b.months,
    a.days + sign * b.days,
    a.seconds + sign * b.seconds,
    a.nanos + sign * b.nanos,
  );

export const negateDuration = (a: DurationVal) => new DurationVal(-a.months, -a.days, -a.seconds, -a.nanos);

export function multiplyDuration(a: DurationVal, f: bigint | number): DurationVal {
  if (typeof f === "bigint") {
    const n = Number(f);
    return new DurationVal(a.months * n, a.days * n, a.seconds * n, a.nanos * n);
  }
  return approximate(a.months * f, a.days * f, a.seconds * f, a.nanos * f);
}

export function divideDuration(a: DurationVal, f: bigint | number): DurationVal {
  const n = Number(f);
  if (n === 0) throw new CypherError("ArithmeticError", "DivisionByZero", "/ by zero", "runtime");
  return approximate(a.months / n, a.days / n, a.seconds / n, a.nanos / n);
}
