// Ordering and equality of temporal values: by instant (local kinds by their clock), ties broken by
// the local clock then the zone name, so that equal means the same instant in the same zone (as in
// Neo4j, where 00:00+01:00 and 23:00Z the day before are not equal). Durations compare by parts.
import type { DurationVal, TemporalVal } from "./types.ts";

export function compareTemporal(a: TemporalVal, b: TemporalVal): number | null {
  if (a.kind !== b.kind) return null;
  const [x1, y1] = a.sortKey(),
    [x2, y2] = b.sortKey();
  if (x1 !== x2) return x1 - x2;
  if (y1 !== y2) return y1 - y2;
  if (a.day !== b.day) return a.day - b.day;
  if (a.nanos !== b.nanos) return a.nanos - b.nanos;
  const za = a.zone ?? "",
    zb = b.zone ?? "";
  return za < zb ? -1 : za > zb ? 1 : 0;
}

/**
 * Total order of durations for ORDER BY, as Neo4j sorts them: by average length (a month counted as
 * 2,629,746 s), then nanoseconds, months, days, seconds. `<` on durations stays null.
 */
export function compareDuration(a: DurationVal, b: DurationVal): number {
  const length = (d: DurationVal) => d.seconds + d.days * 86400 + d.months * 2_629_746;
  return length(a) - length(b) || a.nanos - b.nanos || a.months - b.months || a.days - b.days || a.seconds - b.seconds;
}
