// Temporal constructors from maps: date, localtime, time, localdatetime, datetime, duration.
import { argumentError } from "../errors.ts";
import { durationFromMap, temporalFromMap, type TemporalKind } from "../temporal.ts";
import { isMap, typeOf, type Value } from "../values.ts";
import { def, type FnTable } from "./registry.ts";

function fields(name: string, v: Value): Record<string, number | string | undefined> {
  if (!isMap(v)) throw argumentError("InvalidArgumentType", `${name}() expects a map of fields, got ${typeOf(v)}`);
  const out: Record<string, number | string | undefined> = {};
  for (const [k, x] of Object.entries(v))
    out[k] = typeof x === "bigint" ? Number(x) : typeof x === "number" || typeof x === "string" ? x : undefined;
  return out;
}

const temporal = (kind: TemporalKind) =>
  def(1, 1, ([v]) => (v === null ? null : temporalFromMap(kind, fields(kind, v))));

export const temporalFunctions: FnTable = {
  date: temporal("date"),
  localtime: temporal("localtime"),
  time: temporal("time"),
  localdatetime: temporal("localdatetime"),
  datetime: temporal("datetime"),
  duration: def(1, 1, ([v]) =>
    v === null ? null : durationFromMap(fields("duration", v) as Record<string, number | undefined>),
  ),
};
