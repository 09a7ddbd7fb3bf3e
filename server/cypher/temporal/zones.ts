// Time zones: fixed offsets (`Z`, `+01:00`, `-0230`, `+02:05:59`) and IANA region names resolved
// through the platform's Intl (Node ships full ICU), with java.time's rules for local times that
// fall in a gap (shifted forward by the gap) or an overlap (the earlier offset unless told otherwise).
import { argumentError } from "../errors.ts";

export interface Zone {
  /** Fixed offset in seconds, or undefined for a named region. */
  offset?: number;
  /** IANA region name, as the user wrote it. */
  name?: string;
}

const OFFSET = /^([+-])(\d{2})(?::?(\d{2})(?::?(\d{2}))?)?$/;
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(name: string): Intl.DateTimeFormat | undefined {
  let f = formats.get(name);
  if (f) return f;
  try {
    f = new Intl.DateTimeFormat("en-US", { timeZone: name, timeZoneName: "longOffset", year: "numeric" });
  } catch {
    return undefined;
  }
  formats.set(name, f);
  return f;
}

export function parseOffset(s: string): number | undefined {
  if (s === "Z" || s === "z") return 0;
  const m = OFFSET.exec(s);
  if (!m) return undefined;
  const h = Number(m[2]),
    mi = Number(m[3] ?? 0),
    se = Number(m[4] ?? 0);
  if (h > 18 || mi > 59 || se > 59 || h * 3600 + mi * 60 + se > 18 * 3600)
    throw argumentError("InvalidArgumentValue", `Invalid time zone offset '${s}'`);
  return (m[1] === "-" ? -1 : 1) * (h * 3600 + mi * 60 + se);
}

let canonical: Map<string, string> | undefined;
/** IANA names are matched without regard to case and shown as the database spells them. */
function canonicalName(s: string): string {
  canonical ??= new Map(Intl.supportedValuesOf("timeZone").map((z) => [z.toLowerCase(), z]));
  return canonical.get(s.toLowerCase()) ?? s;
}
// Java's zone database leaves out these three-letter ids, which Intl accepts
const NOT_REGIONS = new Set(["est", "mst", "hst"]);

/** Parses a time zone as Neo4j accepts it (`Z`, `+01:00`, `-02:05:07`, a region); a clear error otherwise. */
export function parseZone(s: string): Zone {
  if (s === "Z" || /^[+-]\d{2}:\d{2}(?::\d{2})?$/.test(s)) return { offset: parseOffset(s)! };
  if (/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(s) && !NOT_REGIONS.has(s.toLowerCase()) && formatFor(s))
    return { name: canonicalName(s) };
  throw argumentError("InvalidArgumentValue", `Invalid value for TimeZone: '${s}'`);
}

const MAX_MS = 8.64e15;

/** Offset in seconds of a named region at an instant (epoch seconds). */
export function offsetAt(name: string, epochSecond: number): number {
  const ms = Math.max(-MAX_MS, Math.min(MAX_MS, epochSecond * 1000));
  const part = formatFor(name)!
    .formatToParts(new Date(ms))
    .find((p) => p.type === "timeZoneName")!.value;
  const m = /GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?/.exec(part);
  if (!m) return 0;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0));
}

/**
 * The offset a local date-time (seconds since the epoch as if it were UTC) takes in a region,
 * and the local seconds after a gap shift.
 */
export function resolveLocal(name: string, local: number, preferred?: number): { offset: number; shift: number } {
  const before = offsetAt(name, local - 86400),
    after = offsetAt(name, local + 86400);
  const valid = [...new Set([before, after])].filter((o) => offsetAt(name, local - o) === o);
  if (valid.length === 0) {
    // in a gap: the instant is read with the offset before it, then shown with the one after
    const instant = local - before;
    const o = offsetAt(name, instant);
    return { offset: o, shift: o - before };
  }
  if (preferred !== undefined && valid.includes(preferred)) return { offset: preferred, shift: 0 };
  return { offset: valid.includes(before) ? before : valid[0], shift: 0 };
}

export function formatOffset(sec: number): string {
  if (sec === 0) return "Z";
  const a = Math.abs(sec);
  const p = (n: number) => String(n).padStart(2, "0");
  const s = a % 60;
  return `${sec < 0 ? "-" : "+"}${p(Math.floor(a / 3600))}:${p(Math.floor((a % 3600) / 60))}${s ? ":" + p(s) : ""}`;
}
