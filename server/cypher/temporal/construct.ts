// The temporal constructors: `date(...)`, `localtime(...)`, `time(...)`, `localdatetime(...)`,
// `datetime(...)` from a string, another temporal value, or a map of fields (with `date`, `time`,
// `datetime` bases, `timezone`, `epochSeconds`, `epochMillis`), and the current instant in a zone.
import { argumentError, typeError } from "../errors.ts";
import { isMap, typeOf, type MapValue, type Value } from "../values.ts";
import { dayOf, nanosOf } from "./fields.ts";
import { atInstant, atLocal, UTC, withZoneSameInstant, zoneOf } from "./instant.ts";
import { parseDate, parseDateTime, parseTime, type ParsedZone } from "./parse.ts";
import { applyDate, applyTime, isDateField, isTimeField, type FieldMap } from "./select.ts";
import { hasDate, hasTime, hasZone, TemporalVal, type TemporalKind } from "./types.ts";
import { parseOffset, parseZone, resolveLocal, type Zone } from "./zones.ts";

/** Epoch seconds and nanos of "now" for the statement being run. */
export type Now = () => [number, number];

export function temporalOf(kind: TemporalKind, arg: Value, now: Now): Value {
  if (arg === null) return null;
  if (typeof arg === "string") return fromString(kind, arg);
  if (arg instanceof TemporalVal) return fromTemporal(kind, arg);
  if (isMap(arg)) return fromMap(kind, arg, now);
  throw argumentError("InvalidArgumentType", `${kind}() cannot take ${typeOf(arg)}`);
}

export function zoneArg(v: Value): Zone {
  if (typeof v !== "string")
    throw argumentError("InvalidArgumentType", `A time zone must be a STRING, got ${typeOf(v)}`);
  return parseZone(v);
}

export function current(kind: TemporalKind, now: Now, zone: Zone = UTC): TemporalVal {
  const [s, n] = now();
  return atInstant(kind, s, n, zone);
}

function zoneFromText(kind: TemporalKind, z: ParsedZone, day: number, nanos: number, text: string): TemporalVal {
  if (!hasZone(kind)) return atLocal(kind, day, nanos);
  if (z.name !== undefined && kind === "time")
    throw argumentError(
      "InvalidArgumentValue",
      "Using a named time zone e.g. [UTC] is not valid for a time without a date. Instead, use a specific time zone string e.g. +00:00.",
    );
  const offset = z.offset !== undefined ? parseOffset(z.offset) : undefined;
  if (z.name === undefined) return atLocal(kind, day, nanos, { offset: offset ?? 0 });
  const zone = parseZone(z.name);
  if (zone.offset !== undefined) return atLocal(kind, day, nanos, zone);
  if (offset !== undefined) {
    const r = resolveLocal(zone.name!, day * 86400 + Math.floor(nanos / 1e9), offset);
    if (r.offset !== offset) throw argumentError("InvalidArgumentValue", `Timezone and offset do not match: ${text}`);
  }
  return atLocal(kind, day, nanos, zone, offset);
}

function fromString(kind: TemporalKind, s: string): TemporalVal {
  if (kind === "date") return atLocal(kind, dayOf(parseDate(s)), 0);
  const { date, time, zone } =
    kind === "localtime" || kind === "time" ? { date: undefined, ...parseTime(s) } : parseDateTime(s);
  if (!hasZone(kind) && (zone.offset !== undefined || zone.name !== undefined))
    throw argumentError(
      "InvalidArgumentValue",
      `Text cannot be parsed to a ${kind}: a local value has no time zone ('${s}')`,
    );
  return zoneFromText(kind, zone, date ? dayOf(date) : 0, nanosOf(time), s);
}

function fromTemporal(kind: TemporalKind, t: TemporalVal): TemporalVal {
  if (hasDate(kind) && !hasDate(t.kind)) throw typeError("InvalidArgumentType", `Cannot get the date of: ${t}`);
  if (hasTime(kind) && !hasTime(t.kind)) throw typeError("InvalidArgumentType", `Cannot select ${kind} from: ${t}`);
  if (!hasZone(kind) || !hasZone(t.kind)) return atLocal(kind, t.day, t.nanos);
  if (kind === "time") return new TemporalVal("time", 0, t.nanos, t.offset);
  return t;
}

function numberField(k: string, v: Value): number {
  if (typeof v === "bigint") return Number(v);
  throw argumentError("InvalidArgumentType", `The field ${k} must be an INTEGER, got ${typeOf(v)}`);
}

function baseOf(name: string, v: Value, needDate: boolean): TemporalVal | undefined {
  if (v === null || v === undefined) return undefined;
  if (!(v instanceof TemporalVal))
    throw argumentError("InvalidArgumentType", `The field ${name} must be a temporal value, got ${typeOf(v)}`);
  if ((needDate || name === "datetime") && !hasDate(v.kind))
    throw typeError("InvalidArgumentType", `Cannot get the date of: ${v}`);
  if ((!needDate || name === "datetime") && !hasTime(v.kind))
    throw typeError("InvalidArgumentType", `Cannot get the time of: ${v}`);
  return v;
}

const ALLOWED: Record<TemporalKind, (k: string) => boolean> = {
  date: (k) => isDateField(k) || k === "date",
  localtime: (k) => isTimeField(k) || k === "time",
  time: (k) => isTimeField(k) || k === "time",
  localdatetime: (k) => isDateField(k) || isTimeField(k) || ["date", "time", "datetime"].includes(k),
  datetime: (k) =>
    isDateField(k) || isTimeField(k) || ["date", "time", "datetime", "epochseconds", "epochmillis"].includes(k),
};

function fromMap(kind: TemporalKind, map: MapValue, now: Now): TemporalVal {
  const entries = Object.entries(map).map(([k, v]) => [k.toLowerCase(), v] as const);
  const raw = new Map(entries);
  const tz = raw.get("timezone");
  const zone = tz === undefined || tz === null ? undefined : zoneArg(tz);
  raw.delete("timezone");
  if (raw.size === 0) {
    if (zone) return current(kind, now, zone);
    throw argumentError("InvalidArgumentValue", "At least one temporal unit must be specified.");
  }
  const fields: FieldMap = new Map();
  for (const [k, v] of raw) {
    if (!ALLOWED[kind](k)) throw argumentError("InvalidArgumentValue", `Not supported: ${k}`);
    if (isDateField(k) || isTimeField(k) || k.startsWith("epoch")) {
      if (v !== null) fields.set(k, numberField(k, v));
    }
  }
  if (zone && !hasZone(kind)) throw argumentError("InvalidArgumentValue", `Cannot assign time zone to ${kind}`);
  if (fields.has("epochseconds") || fields.has("epochmillis")) return fromEpochFields(kind, raw, fields, zone);
  const dt = baseOf("datetime", raw.get("datetime") ?? null, true);
  const dateBase = baseOf("date", raw.get("date") ?? null, true) ?? dt;
  const timeBase = baseOf("time", raw.get("time") ?? null, false) ?? (dt && hasTime(dt.kind) ? dt : undefined);
  const day = hasDate(kind) ? applyDate(fields, dateBase?.day) : 0;
  const nanos = hasTime(kind)
    ? timeBase || [...fields.keys()].some(isTimeField)
      ? applyTime(fields, timeBase?.nanos)
      : 0
    : 0;
  if (!hasZone(kind)) return atLocal(kind, day, nanos);
  if (timeBase && hasZone(timeBase.kind)) {
    // the base's zone first (a region resolves the new local time afresh, as Neo4j does), then the new zone
    const own = atLocal(kind, day, nanos, kind === "time" ? { offset: timeBase.offset } : zoneOf(timeBase));
    return zone ? withZoneSameInstant(own, zone) : own;
  }
  return atLocal(kind, day, nanos, zone ?? UTC);
}

function fromEpochFields(
  kind: TemporalKind,
  raw: Map<string, Value>,
  f: FieldMap,
  zone: Zone | undefined,
): TemporalVal {
  if (raw.has("datetime") || raw.has("date") || raw.has("time"))
    throw argumentError("InvalidArgumentValue", "epochSeconds cannot be selected together with date or time.");
  // the instant seen in the zone is a base that the other fields override, as in Neo4j
  const base = f.has("epochseconds")
    ? atInstant(kind, f.get("epochseconds")!, 0, zone ?? UTC)
    : epochMillis(kind, f.get("epochmillis")!, zone ?? UTC);
  f.delete("epochseconds");
  f.delete("epochmillis");
  if (f.size === 0) return base;
  const day = [...f.keys()].some(isDateField) ? applyDate(f, base.day) : base.day;
  const nanos = [...f.keys()].some(isTimeField) ? applyTime(f, base.nanos) : base.nanos;
  return atLocal(kind, day, nanos, zoneOf(base), base.offset);
}

export function epochMillis(kind: TemporalKind, ms: number, zone: Zone): TemporalVal {
  const s = Math.floor(ms / 1000);
  return atInstant(kind, s, (ms - s * 1000) * 1e6, zone);
}
