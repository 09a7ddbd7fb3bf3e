// duration.between / inMonths / inDays / inSeconds. Both values are read in one frame: two zoned
// values in the first one's zone, otherwise each by its local clock. Months and days count whole
// units on the local clocks (as java.time's until); the rest is the exact difference, on the
// instants when both values are zoned. Without a date on both sides only the times of day count.
import { typeError } from "../errors.ts";
import { monthsBetween, plusMonths } from "./calendar.ts";
import { atLocal, withZoneSameInstant, zoneOf } from "./instant.ts";
import { DurationVal, hasDate, hasZone, type TemporalVal } from "./types.ts";

export type BetweenUnit = "months" | "days" | "seconds" | undefined;

/** Whole units from a to b by the local clocks, adjusted as LocalDateTime.until does for the time of day. */
function endDay(a: TemporalVal, b: TemporalVal): number {
  if (b.day > a.day && b.nanos < a.nanos) return b.day - 1;
  if (b.day < a.day && b.nanos > a.nanos) return b.day + 1;
  return b.day;
}

function exact(a: TemporalVal, b: TemporalVal, zoned: boolean): DurationVal {
  const offs = zoned ? a.offset - b.offset : 0;
  const secs = (b.day - a.day) * 86400 + Math.floor(b.nanos / 1e9) - Math.floor(a.nanos / 1e9) + offs;
  return new DurationVal(0, 0, secs, (b.nanos % 1e9) - (a.nanos % 1e9));
}

function timeOnly(a: TemporalVal, b: TemporalVal): DurationVal {
  // a time next to a datetime is set on that datetime's day (a local time in its zone), so a zone
  // change on that day counts; otherwise the times of day compare, a date counting as midnight
  if (a.kind === "datetime" || b.kind === "datetime") {
    const on = (t: TemporalVal, dt: TemporalVal) =>
      t.kind === "datetime"
        ? t
        : atLocal("datetime", dt.day, t.nanos, t.kind === "time" ? { offset: t.offset } : zoneOf(dt));
    return exact(on(a, b), on(b, a), true);
  }
  const zoned = hasZone(a.kind) && hasZone(b.kind);
  const na = a.kind === "date" ? 0 : a.nanos,
    nb = b.kind === "date" ? 0 : b.nanos;
  const offs = zoned ? a.offset - b.offset : 0;
  return new DurationVal(0, 0, Math.floor(nb / 1e9) - Math.floor(na / 1e9) + offs, (nb % 1e9) - (na % 1e9));
}

export function between(a: TemporalVal, b: TemporalVal, unit: BetweenUnit): DurationVal {
  if (!hasDate(a.kind) || !hasDate(b.kind)) {
    if (unit === "months" || unit === "days") {
      if (!hasDate(a.kind) && !hasDate(b.kind))
        throw typeError("InvalidArgumentType", `Unsupported unit: ${unit === "months" ? "Months" : "Days"}`);
      return new DurationVal(0, 0, 0, 0);
    }
    return timeOnly(a, b);
  }
  // a local value next to a datetime is read in that datetime's zone
  const zoned = a.kind === "datetime" || b.kind === "datetime";
  if (zoned && a.kind !== "datetime") a = atLocal("datetime", a.day, a.nanos, zoneOf(b));
  if (zoned && b.kind !== "datetime") b = atLocal("datetime", b.day, b.nanos, zoneOf(a));
  const bb = zoned ? withZoneSameInstant(b, zoneOf(a)) : b;
  if (unit === "days") return new DurationVal(0, endDay(a, bb) - a.day, 0, 0);
  if (unit === "seconds") return exact(a, bb, zoned);
  const months = monthsBetween(a.day, endDay(a, bb));
  if (unit === "months") return new DurationVal(months, 0, 0, 0);
  const afterMonths = plusMonths(a.day, months);
  const probe = atLocal(a.kind, afterMonths, a.nanos);
  const days = endDay(probe, bb) - afterMonths;
  const start = zoned
    ? atLocal(a.kind, afterMonths + days, a.nanos, zoneOf(a), a.offset)
    : atLocal(a.kind, afterMonths + days, a.nanos);
  const rest = exact(start, bb, zoned);
  return new DurationVal(months, days, rest.seconds, rest.nanos);
}
