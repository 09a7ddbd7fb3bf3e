// temporal ± duration as Neo4j applies it: months (day clamped to the month's end), then days,
// then seconds and nanoseconds; a date takes whole days of the seconds, a time wraps at midnight,
// and a datetime in a named zone moves months and days on its local clock, seconds on the instant.
import { plusMonths } from "./calendar.ts";
import { atInstant, atLocal, instantOf, zoneOf } from "./instant.ts";
import { hasDate, NANOS_PER_DAY, TemporalVal, type DurationVal } from "./types.ts";

/** Adds `sign` times the duration. */
export function addDuration(t: TemporalVal, d: DurationVal, sign = 1): TemporalVal {
  let day = t.day;
  if (hasDate(t.kind)) day = plusMonths(day, sign * d.months) + sign * d.days;
  if (t.kind === "date") return new TemporalVal("date", day + sign * Math.trunc(d.seconds / 86400), 0, 0);
  if (!hasDate(t.kind)) {
    // times wrap around midnight; reduce the seconds first to keep the sum exact
    const secs = (sign * d.seconds) % 86400;
    let n = (t.nanos + secs * 1e9 + sign * d.nanos) % NANOS_PER_DAY;
    if (n < 0) n += NANOS_PER_DAY;
    return new TemporalVal(t.kind, 0, n, t.offset);
  }
  const moved = day === t.day ? t : atLocal(t.kind, day, t.nanos, zoneOf(t), t.offset);
  if (!d.seconds && !d.nanos) return moved;
  const [s, n] = instantOf(moved);
  let ns = n + sign * d.nanos;
  const carry = Math.floor(ns / 1e9);
  ns -= carry * 1e9;
  return atInstant(t.kind, s + sign * d.seconds + carry, ns, zoneOf(t));
}
