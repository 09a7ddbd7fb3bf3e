// The arithmetic operators on temporal values: temporal ± duration, duration ± duration,
// duration * number, number * duration, duration / number. Anything else is not defined (null).
import type { Value } from "../values.ts";
import { addDuration } from "./arithmetic.ts";
import { divideDuration, multiplyDuration, plusDuration } from "./durations.ts";
import { DurationVal, TemporalVal } from "./types.ts";

const isNum = (v: Value): v is bigint | number => typeof v === "bigint" || typeof v === "number";

export function temporalArith(op: string, a: Value, b: Value): Value | undefined {
  if (op === "+") {
    if (a instanceof TemporalVal && b instanceof DurationVal) return addDuration(a, b);
    if (a instanceof DurationVal && b instanceof TemporalVal) return addDuration(b, a);
    if (a instanceof DurationVal && b instanceof DurationVal) return plusDuration(a, b);
  }
  if (op === "-") {
    if (a instanceof TemporalVal && b instanceof DurationVal) return addDuration(a, b, -1);
    if (a instanceof DurationVal && b instanceof DurationVal) return plusDuration(a, b, -1);
  }
  if (op === "*") {
    if (a instanceof DurationVal && isNum(b)) return multiplyDuration(a, b);
    if (isNum(a) && b instanceof DurationVal) return multiplyDuration(b, a);
  }
  if (op === "/" && a instanceof DurationVal && isNum(b)) return divideDuration(a, b);
  return undefined;
}
