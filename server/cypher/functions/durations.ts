// Duration functions: duration(map | string), duration.between, duration.inMonths, duration.inDays,
// duration.inSeconds.
import { argumentError } from "../errors.ts";
import { between, type BetweenUnit } from "../temporal/between.ts";
import { durationOf } from "../temporal/durations.ts";
import { TemporalVal } from "../temporal/types.ts";
import { typeOf, type Value } from "../values.ts";
import { def, type FnDocs, type FnTable } from "./registry.ts";

function betweenFn(name: string, unit: BetweenUnit) {
  return def(2, 2, ([a, b]): Value => {
    if (a === null || b === null) return null;
    for (const v of [a, b])
      if (!(v instanceof TemporalVal))
        throw argumentError("InvalidArgumentType", `${name}() expects temporal values, got ${typeOf(v)}`);
    return between(a as TemporalVal, b as TemporalVal, unit);
  });
}

export const durationFunctions: FnTable = {
  duration: def(1, 1, ([v]) => durationOf(v)),
  "duration.between": betweenFn("duration.between", undefined),
  "duration.inmonths": betweenFn("duration.inMonths", "months"),
  "duration.indays": betweenFn("duration.inDays", "days"),
  "duration.inseconds": betweenFn("duration.inSeconds", "seconds"),
};

const pair = (name: string, what: string) => ({
  sig: `${name}(from :: ANY, to :: ANY) :: DURATION`,
  doc: `The duration between two temporal values ${what}.`,
});

export const durationDocs: FnDocs = {
  duration: {
    sig: "duration(input :: ANY) :: DURATION",
    doc: "Creates a DURATION from a map of units or an ISO 8601 string.",
  },
  "duration.between": pair("duration.between", "in months, days, seconds and nanoseconds"),
  "duration.inmonths": pair("duration.inMonths", "in whole months"),
  "duration.indays": pair("duration.inDays", "in whole days"),
  "duration.inseconds": pair("duration.inSeconds", "in seconds and nanoseconds"),
};
