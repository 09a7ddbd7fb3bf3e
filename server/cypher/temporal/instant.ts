// Building temporal values from local fields or from instants, in a zone: the one place where a
// named region's offset is resolved (gaps shift forward, overlaps keep the preferred offset).
import { hasDate, NANOS_PER_DAY, TemporalVal, type TemporalKind } from "./types.ts";
import { offsetAt, resolveLocal, type Zone } from "./zones.ts";

export const UTC: Zone = { offset: 0 };

/** A value of `kind` from a local day and nanos of day; zoned kinds take `zone` (UTC when absent). */
export function atLocal(
  kind: TemporalKind,
  day: number,
  nanos: number,
  zone: Zone = UTC,
  preferred?: number,
): TemporalVal {
  if (kind === "date") return new TemporalVal(kind, day, 0, 0);
  if (kind === "localtime" || kind === "localdatetime") return new TemporalVal(kind, hasDate(kind) ? day : 0, nanos, 0);
  if (kind === "time") {
    const offset = zone.offset ?? offsetAt(zone.name!, Date.now() / 1000);
    return new TemporalVal(kind, 0, nanos, offset);
  }
  if (zone.offset !== undefined) return new TemporalVal(kind, day, nanos, zone.offset);
  const { offset, shift } = resolveLocal(zone.name!, day * 86400 + Math.floor(nanos / 1e9), preferred);
  let n = nanos + shift * 1e9,
    d = day;
  const carry = Math.floor(n / NANOS_PER_DAY);
  n -= carry * NANOS_PER_DAY;
  d += carry;
  return new TemporalVal(kind, d, n, offset, zone.name);
}

/** A value of `kind` at an instant (epoch seconds + nanos), seen in `zone`. */
export function atInstant(kind: TemporalKind, epochSecond: number, nano: number, zone: Zone = UTC): TemporalVal {
  const offset = zone.offset ?? offsetAt(zone.name!, epochSecond);
  const local = epochSecond + offset;
  const day = Math.floor(local / 86400);
  const nanos = (local - day * 86400) * 1e9 + nano;
  if (kind === "date" || kind === "localtime" || kind === "localdatetime") return atLocal(kind, day, nanos);
  return new TemporalVal(kind, hasDate(kind) ? day : 0, nanos, offset, kind === "datetime" ? zone.name : undefined);
}

/** Epoch seconds and nanos of a value with a date (local kinds read at UTC). */
export function instantOf(t: TemporalVal): [number, number] {
  const s = t.day * 86400 + Math.floor(t.nanos / 1e9) - t.offset;
  return [s, t.nanos % 1e9];
}

/** The same instant in another zone (datetime and time). */
export function withZoneSameInstant(t: TemporalVal, zone: Zone): TemporalVal {
  if (t.kind === "time") {
    const off = zone.offset ?? offsetAt(zone.name!, Date.now() / 1000);
    let n = t.nanos + (off - t.offset) * 1e9;
    n = ((n % NANOS_PER_DAY) + NANOS_PER_DAY) % NANOS_PER_DAY;
    return new TemporalVal("time", 0, n, off);
  }
  const [s, n] = instantOf(t);
  return atInstant(t.kind, s, n, zone);
}

export const zoneOf = (t: TemporalVal): Zone => (t.zone ? { name: t.zone } : { offset: t.offset });
