// Minimal temporal values: date, localtime, time, localdatetime, datetime built from maps, durations,
// `temporal + duration`, ordering and ISO-8601 rendering (toString) as Cypher prints them.
import { argumentError } from "./errors.ts";

export type TemporalKind = "date" | "localtime" | "time" | "localdatetime" | "datetime";
const NANOS_PER_DAY = 86_400_000_000_000;
const hasDate = (k: TemporalKind) => k === "date" || k === "localdatetime" || k === "datetime";
const hasZone = (k: TemporalKind) => k === "time" || k === "datetime";

function epochDay(y: number, m: number, d: number): number {
  const dt = new Date(0);
  dt.setUTCFullYear(y, m - 1, d);
  return Math.round(dt.getTime() / 86_400_000);
}
function civil(day: number): [number, number, number] {
  const dt = new Date(day * 86_400_000);
  return [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
}

export class TemporalVal {
  /** `day`: days since 1970-01-01 (0 without a date); `nanos`: nanoseconds into the day (local). */
  constructor(
    readonly kind: TemporalKind,
    readonly day: number,
    readonly nanos: number,
    readonly offset: number,
  ) {}

  /** Comparable instant: zoned values are normalized to UTC. */
  sortKey(): [number, number] {
    let { day, nanos } = this;
    if (hasZone(this.kind)) nanos -= this.offset * 1e9;
    while (nanos < 0) {
      nanos += NANOS_PER_DAY;
      if (hasDate(this.kind)) day--;
    }
    while (nanos >= NANOS_PER_DAY) {
      nanos -= NANOS_PER_DAY;
      if (hasDate(this.kind)) day++;
    }
    return [day, nanos];
  }

  toString(): string {
    const parts: string[] = [];
    if (hasDate(this.kind)) {
      const [y, m, d] = civil(this.day);
      const ys = y < 0 ? "-" + String(-y).padStart(4, "0") : y > 9999 ? "+" + y : String(y).padStart(4, "0");
      parts.push(`${ys}-${pad(m)}-${pad(d)}`);
    }
    if (this.kind !== "date") parts.push(timeString(this.nanos));
    let s = parts.join("T");
    if (hasZone(this.kind)) s += offsetString(this.offset);
    return s;
  }
}

export class DurationVal {
  constructor(
    readonly months: number,
    readonly days: number,
    readonly seconds: number,
    readonly nanos: number,
  ) {}
  toString(): string {
    const y = Math.trunc(this.months / 12),
      mo = this.months % 12;
    let s = "P" + (y ? `${y}Y` : "") + (mo ? `${mo}M` : "") + (this.days ? `${this.days}D` : "");
    const h = Math.trunc(this.seconds / 3600),
      mi = Math.trunc((this.seconds % 3600) / 60),
      sec = this.seconds % 60;
    if (h || mi || sec || this.nanos) {
      s += "T" + (h ? `${h}H` : "") + (mi ? `${mi}M` : "");
      if (sec || this.nanos)
        s += `${sec}${this.nanos ? "." + String(this.nanos).padStart(9, "0").replace(/0+$/, "") : ""}S`;
    }
    return s === "P" ? "PT0S" : s;
  }
}

const pad = (n: number) => String(n).padStart(2, "0");

function timeString(nanos: number): string {
  const h = Math.floor(nanos / 3.6e12),
    m = Math.floor((nanos % 3.6e12) / 6e10);
  const s = Math.floor((nanos % 6e10) / 1e9),
    f = nanos % 1e9;
  let out = `${pad(h)}:${pad(m)}`;
  if (s || f) out += `:${pad(s)}`;
  // fraction printed in groups of three digits, as Java does
  if (f)
    out +=
      "." +
      (f % 1e6 === 0
        ? String(f / 1e6).padStart(3, "0")
        : f % 1e3 === 0
          ? String(f / 1e3).padStart(6, "0")
          : String(f).padStart(9, "0"));
  return out;
}

function offsetString(sec: number): string {
  if (sec === 0) return "Z";
  const a = Math.abs(sec),
    sign = sec < 0 ? "-" : "+";
  const s = a % 60;
  return `${sign}${pad(Math.floor(a / 3600))}:${pad(Math.floor((a % 3600) / 60))}${s ? ":" + pad(s) : ""}`;
}

function parseOffset(tz: unknown): number {
  if (tz === undefined || tz === null) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})(?::?(\d{2}))?$/.exec(String(tz));
  if (String(tz) === "Z" || String(tz) === "UTC") return 0;
  if (!m) throw argumentError("InvalidArgumentValue", `Unsupported time zone '${String(tz)}'`);
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0));
}

/** Builds a temporal value from a map of numeric fields (`{year, month, day, hour, ..., timezone}`). */
export function temporalFromMap(kind: TemporalKind, f: Record<string, number | string | undefined>): TemporalVal {
  const n = (k: string, dflt: number) => (f[k] === undefined ? dflt : Number(f[k]));
  const day = hasDate(kind) ? epochDay(n("year", 1970), n("month", 1), n("day", 1)) : 0;
  const nanos =
    kind === "date"
      ? 0
      : n("hour", 0) * 3.6e12 +
        n("minute", 0) * 6e10 +
        n("second", 0) * 1e9 +
        n("millisecond", 0) * 1e6 +
        n("microsecond", 0) * 1e3 +
        n("nanosecond", 0);
  return new TemporalVal(kind, day, nanos, hasZone(kind) ? parseOffset(f.timezone) : 0);
}

export function durationFromMap(f: Record<string, number | undefined>): DurationVal {
  const n = (k: string) => Number(f[k] ?? 0);
  const secs = n("hours") * 3600 + n("minutes") * 60 + n("seconds");
  const whole = Math.trunc(secs);
  return new DurationVal(
    n("years") * 12 + n("months"),
    n("weeks") * 7 + n("days"),
    whole,
    Math.round((secs - whole) * 1e9) + n("milliseconds") * 1e6 + n("microseconds") * 1e3 + n("nanoseconds"),
  );
}

/** `temporal + duration`: months first (day clamped to the month's end), then days, then time. */
export function addDuration(t: TemporalVal, d: DurationVal, sign = 1): TemporalVal {
  let day = t.day,
    nanos = t.nanos;
  if (hasDate(t.kind)) {
    if (d.months) {
      const [y, m, dd] = civil(day);
      const total = y * 12 + (m - 1) + sign * d.months;
      const ny = Math.floor(total / 12),
        nm = (((total % 12) + 12) % 12) + 1;
      const last = civil(epochDay(ny, nm + 1, 1) - 1)[2];
      day = epochDay(ny, nm, Math.min(dd, last));
    }
    day += sign * d.days;
  }
  if (t.kind !== "date") {
    nanos += sign * (d.seconds * 1e9 + d.nanos);
    const carry = Math.floor(nanos / NANOS_PER_DAY);
    nanos -= carry * NANOS_PER_DAY;
    if (hasDate(t.kind)) day += carry;
  }
  return new TemporalVal(t.kind, day, nanos, t.offset);
}

export function compareTemporal(a: TemporalVal, b: TemporalVal): number | null {
  if (a.kind !== b.kind) return null;
  const [x1, y1] = a.sortKey(),
    [x2, y2] = b.sortKey();
  return x1 !== x2 ? x1 - x2 : y1 - y2;
}
