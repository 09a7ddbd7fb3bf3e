// Property access on temporal values (`d.year`, `t.offsetMinutes`, `dur.monthsOfYear`, ...):
// names are case-insensitive as in Neo4j; a field the value does not have is a type error.
import { typeError } from "../errors.ts";
import type { Value } from "../values.ts";
import { civil, dayOfQuarter, dayOfWeek, isoWeek, ordinalDay, quarterOf } from "./calendar.ts";
import { hasDate, hasTime, hasZone, type DurationVal, type TemporalVal } from "./types.ts";
import { formatOffset } from "./zones.ts";

const big = (n: number) => BigInt(Math.trunc(n));

function dateField(t: TemporalVal, key: string): Value | undefined {
  const [y, m, d] = civil(t.day);
  switch (key) {
    case "year":
      return big(y);
    case "quarter":
      return big(quarterOf(m));
    case "month":
      return big(m);
    case "week":
      return big(isoWeek(t.day)[1]);
    case "weekyear":
      return big(isoWeek(t.day)[0]);
    case "day":
      return big(d);
    case "ordinalday":
      return big(ordinalDay(t.day));
    case "dayofweek":
    case "weekday":
      return big(dayOfWeek(t.day));
    case "dayofquarter":
      return big(dayOfQuarter(t.day));
  }
  return undefined;
}

function timeField(t: TemporalVal, key: string): Value | undefined {
  const n = t.nanos;
  switch (key) {
    case "hour":
      return big(n / 3.6e12);
    case "minute":
      return big((n % 3.6e12) / 6e10);
    case "second":
      return big((n % 6e10) / 1e9);
    case "millisecond":
      return big((n % 1e9) / 1e6);
    case "microsecond":
      return big((n % 1e9) / 1e3);
    case "nanosecond":
      return big(n % 1e9);
  }
  return undefined;
}

function zoneField(t: TemporalVal, key: string): Value | undefined {
  switch (key) {
    case "timezone":
      return t.zone ?? formatOffset(t.offset);
    case "offset":
      return formatOffset(t.offset);
    case "offsetminutes":
      return big(t.offset / 60);
    case "offsetseconds":
      return big(t.offset);
  }
  return undefined;
}

function epochField(t: TemporalVal, key: string): Value | undefined {
  const seconds = BigInt(t.day) * 86400n + BigInt(Math.floor(t.nanos / 1e9)) - BigInt(t.offset);
  const millis = seconds * 1000n + BigInt(Math.floor((t.nanos % 1e9) / 1e6));
  if (key === "epochmillis") return millis;
  // Neo4j derives the seconds from the milliseconds, truncating: 23:59:59.9995Z the day before is 0
  if (key === "epochseconds") return millis / 1000n;
  return undefined;
}

export function temporalField(t: TemporalVal, name: string): Value {
  const key = name.toLowerCase();
  const v =
    (hasDate(t.kind) ? dateField(t, key) : undefined) ??
    (hasTime(t.kind) ? timeField(t, key) : undefined) ??
    (hasZone(t.kind) ? zoneField(t, key) : undefined) ??
    (t.kind === "datetime" ? epochField(t, key) : undefined);
  if (v === undefined) throw typeError("InvalidArgumentValue", `No such field: ${name}`);
  return v;
}

export function durationField(d: DurationVal, name: string): Value {
  const m = BigInt(d.months),
    days = BigInt(d.days),
    s = BigInt(d.seconds),
    n = BigInt(d.nanos);
  const fields: Record<string, () => bigint> = {
    years: () => m / 12n,
    quarters: () => m / 3n,
    months: () => m,
    weeks: () => days / 7n,
    days: () => days,
    hours: () => s / 3600n,
    minutes: () => s / 60n,
    seconds: () => s,
    milliseconds: () => s * 1000n + n / 1_000_000n,
    microseconds: () => s * 1_000_000n + n / 1000n,
    nanoseconds: () => s * 1_000_000_000n + n,
    quartersofyear: () => (m / 3n) % 4n,
    monthsofquarter: () => m % 3n,
    monthsofyear: () => m % 12n,
    daysofweek: () => days % 7n,
    minutesofhour: () => (s / 60n) % 60n,
    secondsofminute: () => s % 60n,
    millisecondsofsecond: () => n / 1_000_000n,
    microsecondsofsecond: () => n / 1000n,
    nanosecondsofsecond: () => n,
  };
  const f = fields[name.toLowerCase()];
  if (!f) throw typeError("InvalidArgumentValue", `No such field: ${name}`);
  return f();
}
