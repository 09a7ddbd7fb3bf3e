// `<kind>.truncate(unit, value[, fields])`: cut a value's local clock down to a unit (millennium ...
// microsecond), then apply the optional fields as overrides; a `timezone` there replaces the zone
// keeping the local clock, as Neo4j does.
import { argumentError } from "../errors.ts";
import { isMap, typeOf, type Value } from "../values.ts";
import { civil, dayOfWeek, epochDay, isoWeek, quarterOf, weekYearStart } from "./calendar.ts";
import { atLocal, UTC, zoneOf } from "./instant.ts";
import { applyDate, applyTime, isDateField, isTimeField, type FieldMap } from "./select.ts";
import { hasDate, hasTime, hasZone, TemporalVal, type TemporalKind } from "./types.ts";
import { parseZone } from "./zones.ts";

const DATE_UNITS: Record<string, ((day: number) => number) | undefined> = {
  millennium: (d) => epochDay(Math.trunc(civil(d)[0] / 1000) * 1000, 1, 1),
  century: (d) => epochDay(Math.trunc(civil(d)[0] / 100) * 100, 1, 1),
  decade: (d) => epochDay(Math.trunc(civil(d)[0] / 10) * 10, 1, 1),
  year: (d) => epochDay(civil(d)[0], 1, 1),
  weekyear: (d) => weekYearStart(isoWeek(d)[0]),
  quarter: (d) => {
    const [y, m] = civil(d);
    return epochDay(y, (quarterOf(m) - 1) * 3 + 1, 1);
  },
  month: (d) => {
    const [y, m] = civil(d);
    return epochDay(y, m, 1);
  },
  week: (d) => d - dayOfWeek(d) + 1,
  day: (d) => d,
};
const TIME_UNITS: Record<string, number | undefined> = {
  hour: 3.6e12,
  minute: 6e10,
  second: 1e9,
  millisecond: 1e6,
  microsecond: 1e3,
};

export function truncate(kind: TemporalKind, unit: Value, value: Value, fields: Value): Value {
  // as in Neo4j, null is not a unit nor a value to truncate (no null propagation here)
  if (unit === null || value === null)
    throw argumentError("InvalidArgumentType", `${kind}.truncate() needs a unit and a temporal value, got null`);
  if (typeof unit !== "string")
    throw argumentError("InvalidArgumentType", `truncate() needs a unit STRING, got ${typeOf(unit)}`);
  if (!(value instanceof TemporalVal))
    throw argumentError("InvalidArgumentType", `truncate() needs a temporal value, got ${typeOf(value)}`);
  const u = unit === "weekYear" ? "weekyear" : unit; // unit names are case-sensitive
  const dateUnit = DATE_UNITS[u];
  const timeUnit = TIME_UNITS[u];
  if (!dateUnit && !timeUnit) throw argumentError("InvalidArgumentValue", `Unit too large or unknown: '${unit}'`);
  if (hasDate(kind) && !hasDate(value.kind))
    throw argumentError("InvalidArgumentValue", `Cannot truncate ${value.kind} to ${kind}: it has no date`);
  if (dateUnit && u !== "day" && !hasDate(value.kind))
    throw argumentError("InvalidArgumentValue", `Cannot truncate ${value.kind} to the unit ${unit}`);
  if (!hasDate(kind) && dateUnit && u !== "day")
    throw argumentError("InvalidArgumentValue", `Cannot truncate to the unit ${unit} without a date`);
  if ((timeUnit || !hasDate(kind)) && !hasTime(value.kind))
    throw argumentError("InvalidArgumentValue", `Cannot truncate ${value.kind} to the unit ${unit}: it has no time`);
  if (kind === "date" && timeUnit)
    throw argumentError("InvalidArgumentValue", `Cannot truncate a date to the unit ${unit}`);

  let day = hasDate(value.kind) && dateUnit ? dateUnit(value.day) : value.day;
  let nanos = dateUnit || !hasTime(value.kind) ? 0 : value.nanos - (value.nanos % timeUnit!);

  let zone = hasZone(value.kind) ? zoneOf(value) : UTC;
  // a time keeps the offset its value had, unless the fields name another zone
  if (kind === "time" && zone.name) zone = { offset: value.offset };
  if (fields !== null && fields !== undefined) {
    if (!isMap(fields))
      throw argumentError("InvalidArgumentType", `truncate() fields must be a MAP, got ${typeOf(fields)}`);
    const f: FieldMap = new Map();
    for (const [k, v] of Object.entries(fields)) {
      const key = k.toLowerCase();
      if (
        (key === "timezone" && !hasZone(kind)) ||
        (isDateField(key) && !hasDate(kind)) ||
        (isTimeField(key) && !hasTime(kind))
      )
        throw argumentError("InvalidArgumentValue", `${kind}.truncate() cannot take the field ${k}`);
      if (key === "timezone") {
        if (typeof v !== "string") throw argumentError("InvalidArgumentType", "timezone must be a STRING");
        zone = parseZone(v);
      } else if (isDateField(key) || isTimeField(key)) {
        if (typeof v !== "bigint" && typeof v !== "number")
          throw argumentError("InvalidArgumentType", `The field ${k} must be a number, got ${typeOf(v)}`);
        f.set(key, Number(v));
      } else throw argumentError("InvalidArgumentValue", `Not supported: ${k}`);
    }
    if (hasDate(kind) && [...f.keys()].some(isDateField)) day = applyDate(f, day);
    if (hasTime(kind) && [...f.keys()].some(isTimeField)) {
      // sub-second fields fill in below the truncated unit (12:31:14.645 + {nanosecond: 2} = .645000002)
      const sub = (f.get("millisecond") ?? 0) * 1e6 + (f.get("microsecond") ?? 0) * 1e3 + (f.get("nanosecond") ?? 0);
      for (const k of ["millisecond", "microsecond", "nanosecond"]) f.delete(k);
      nanos = (f.size ? applyTime(f, nanos) : nanos) + sub;
    }
  }
  // the new local time is resolved afresh in a region (an overlap takes the earlier offset), as Neo4j does
  return atLocal(kind, hasDate(kind) ? day : 0, nanos, zone);
}
