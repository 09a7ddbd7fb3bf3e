// ISO 8601 text as Neo4j reads it: calendar (`2015-07-21`, `20150721`, `2015-07`, `2015`), week
// (`2015-W30-2`, `2015W302`, `2015-W30`) and ordinal (`2015-202`) dates, times with optional
// offset and `[Region/Name]`, and durations (`P1Y2M3W4DT5H6M7.5S`, `P2012-02-02T14:37:21.545`).
import { argumentError } from "../errors.ts";
import { checkDate, checkTime, type DateFields, type TimeFields } from "./fields.ts";

const YEAR = String.raw`(?<year>\d{4}|[+-]\d{1,9})`;
const DATE_REST = String.raw`(?:-(?<m1>\d{1,2})(?:-(?<d1>\d{1,2}))?|(?<m2>\d{2})(?<d2>\d{2})?|-W(?<w>\d{1,2})(?:-(?<dow>\d))?|W(?<w2>\d{2})(?<dow2>\d)?|-?(?<od>\d{3}))?`;
// with colons a unit may have one digit (1:2 is 01:02), without them each has two
const TIME = String.raw`(?:(?<h>\d{1,2}):(?<mi>\d{1,2})(?::(?<s>\d{1,2})(?:[.,](?<f>\d{1,9}))?)?|(?<h2>\d{2})(?:(?<mi2>\d{2})(?:(?<s2>\d{2})(?:[.,](?<f2>\d{1,9}))?)?)?)`;
const ZONE = String.raw`(?<off>Z|z|[+-]\d{2}(?::?\d{2})?)?(?:\[(?<zn>[^\]]+)\])?`;

const DATE_RE = new RegExp(`^${YEAR}${DATE_REST}$`);
const TIME_RE = new RegExp(`^${TIME}${ZONE}$`);
const DATETIME_RE = new RegExp(`^${YEAR}${DATE_REST}(?:T${TIME})?${ZONE}$`);

export interface ParsedZone {
  offset?: string;
  name?: string;
}

const bad = (what: string, s: string) =>
  argumentError("InvalidArgumentValue", `Text cannot be parsed to a ${what}: '${s}'`);

function dateOf(g: Record<string, string | undefined>): DateFields {
  const year = Number(g.year);
  const w = g.w ?? g.w2,
    dow = g.dow ?? g.dow2;
  if (w !== undefined) return { year, week: Number(w), dayOfWeek: dow ? Number(dow) : 1 };
  if (g.od !== undefined) return { year, ordinalDay: Number(g.od) };
  const month = g.m1 ?? g.m2,
    day = g.d1 ?? g.d2;
  return { year, month: month ? Number(month) : 1, day: day ? Number(day) : 1 };
}

function timeOf(g: Record<string, string | undefined>): TimeFields {
  const f = g.f ?? g.f2;
  return {
    hour: Number(g.h ?? g.h2 ?? 0),
    minute: Number(g.mi ?? g.mi2 ?? 0),
    second: Number(g.s ?? g.s2 ?? 0),
    nanosecond: f ? Number(f.padEnd(9, "0")) : 0,
  };
}

export function parseDate(s: string): DateFields {
  const m = DATE_RE.exec(s);
  if (!m) throw bad("Date", s);
  return checkDate(dateOf(m.groups!));
}

export function parseTime(s: string): { time: TimeFields; zone: ParsedZone } {
  const m = TIME_RE.exec(s);
  if (!m) throw bad("Time", s);
  const g = m.groups!;
  return { time: checkTime(timeOf(g)), zone: { offset: g.off, name: g.zn } };
}

export function parseDateTime(s: string): { date: DateFields; time: TimeFields; zone: ParsedZone } {
  const m = DATETIME_RE.exec(s);
  if (!m) throw bad("DateTime", s);
  const g = m.groups!;
  return { date: checkDate(dateOf(g)), time: checkTime(timeOf(g)), zone: { offset: g.off, name: g.zn } };
}

const NUM = String.raw`([-+]?\d+(?:[.,]\d+)?)`;
const DURATION_RE = new RegExp(
  String.raw`^([-+]?)P(?:${NUM}Y)?(?:${NUM}M)?(?:${NUM}W)?(?:${NUM}D)?(?:T(?:${NUM}H)?(?:${NUM}M)?(?:([-+]?\d+)(?:[.,](\d{1,9}))?S)?)?$`,
  "i",
);
const DURATION_ALT_RE = new RegExp(
  String.raw`^([-+]?)P(?:(\d{4})(?:-(\d{2})-(\d{2})|(\d{2})(\d{2})))?` +
    String.raw`(?:T(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:[.,](\d{1,9}))?)?)?|(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?))?$`,
  "i",
);

/** Duration components as numbers (fractions allowed on every unit but seconds, whose fraction is exact). */
export interface DurationParts {
  months: number;
  days: number;
  seconds: number;
  nanos: number;
  /** true when some unit above seconds had a fraction (then Neo4j spreads it downwards). */
  fractional: boolean;
}

const num = (x: string | undefined) => (x === undefined ? 0 : Number(x.replace(",", ".")));

export function parseDuration(s: string): DurationParts {
  const alt = DURATION_ALT_RE.exec(s);
  if (alt && (alt[2] !== undefined || /T/i.test(s))) return alternative(alt, s);
  const m = DURATION_RE.exec(s);
  if (!m || m.slice(2).every((x) => x === undefined) || /T$/i.test(s)) throw bad("Duration", s);
  // a fraction is only allowed on the smallest unit written
  const given = [2, 3, 4, 5, 6, 7, 8].filter((i) => m[i] !== undefined);
  if (given.slice(0, -1).some((i) => /[.,]/.test(m[i]!))) throw bad("Duration", s);
  const sign = m[1] === "-" ? -1 : 1;
  const [y, mo, w, d, h, mi] = [2, 3, 4, 5, 6, 7].map((i) => num(m[i]));
  const sec = num(m[8]);
  const fracDigits = m[9] ? Number(m[9].padEnd(9, "0")) : 0;
  const nanos = (m[8]?.startsWith("-") ? -1 : 1) * fracDigits;
  return {
    months: sign * (y * 12 + mo),
    days: sign * (w * 7 + d),
    seconds: sign * (h * 3600 + mi * 60 + sec),
    nanos: sign * nanos,
    fractional: [2, 3, 4, 5, 6, 7].some((i) => m[i]?.includes(".") || m[i]?.includes(",")),
  };
}

/** The alternative form `P2012-02-02T14:37:21.545` (or `P20120202T143721`), with its ranges checked. */
function alternative(g: RegExpExecArray, s: string): DurationParts {
  const n = (i: number) => Number(g[i] ?? 0);
  const sign = g[1] === "-" ? -1 : 1;
  const months = n(3) || n(5),
    days = n(4) || n(6);
  const long = g[11] !== undefined;
  const [h, mi, sec] = long ? [n(11), n(12), n(13)] : [n(7), n(8), n(9)];
  const frac = (long ? g[14] : g[10]) ?? "";
  if (months > 12 || days > 31 || h > 24 || mi > 60 || sec > 60)
    throw argumentError("InvalidArgumentValue", `A duration field is out of range in '${s}'`);
  return {
    months: sign * (n(2) * 12 + months),
    days: sign * days,
    seconds: sign * (h * 3600 + mi * 60 + sec),
    nanos: sign * (frac ? Number(frac.padEnd(9, "0")) : 0),
    fractional: false,
  };
}
