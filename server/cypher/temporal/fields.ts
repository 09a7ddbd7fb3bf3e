// Date and time fields and their validation: the ranges java.time enforces, with Neo4j's messages,
// and the conversion of any date form (calendar, week, ordinal, quarter) to an epoch day.
import { argumentError } from "../errors.ts";
import { epochDay, fromWeekDate, monthLength, quarterOf, yearLength } from "./calendar.ts";

export interface DateFields {
  year: number;
  month?: number;
  day?: number;
  week?: number;
  dayOfWeek?: number;
  ordinalDay?: number;
  quarter?: number;
  dayOfQuarter?: number;
}
export interface TimeFields {
  hour: number;
  minute: number;
  second: number;
  nanosecond: number;
}

const YEAR_LIMIT = 999_999_999;

export function range(name: string, v: number, lo: number, hi: number): number {
  if (!Number.isInteger(v) || v < lo || v > hi)
    throw argumentError("InvalidArgumentValue", `Invalid value for ${name} (valid values ${lo} - ${hi}): ${v}`);
  return v;
}

const quarterLength = (y: number, q: number) =>
  monthLength(y, q * 3 - 2) + monthLength(y, q * 3 - 1) + monthLength(y, q * 3);

export function checkDate(f: DateFields): DateFields {
  const y = range("Year", f.year, -YEAR_LIMIT, YEAR_LIMIT);
  if (f.week !== undefined) {
    // Neo4j checks weeks against 53 whatever the year: week 53 of a 52-week year is the next one's first
    range("WeekOfWeekBasedYear", f.week, 1, 53);
    range("DayOfWeek", f.dayOfWeek ?? 1, 1, 7);
  } else if (f.ordinalDay !== undefined) range("DayOfYear", f.ordinalDay, 1, yearLength(y));
  else if (f.quarter !== undefined) {
    range("QuarterOfYear", f.quarter, 1, 4);
    range("DayOfQuarter", f.dayOfQuarter ?? 1, 1, quarterLength(y, f.quarter));
  } else {
    const m = range("MonthOfYear", f.month ?? 1, 1, 12);
    const d = f.day ?? 1;
    if (d > monthLength(y, m) && d <= 31) throw argumentError("InvalidArgumentValue", `Invalid date '${y}-${m}-${d}'`);
    range("DayOfMonth", d, 1, 31);
  }
  return f;
}

export function dayOf(f: DateFields): number {
  if (f.week !== undefined) return fromWeekDate(f.year, f.week, f.dayOfWeek ?? 1);
  if (f.ordinalDay !== undefined) return epochDay(f.year, 1, 1) + f.ordinalDay - 1;
  if (f.quarter !== undefined) return epochDay(f.year, f.quarter * 3 - 2, 1) + (f.dayOfQuarter ?? 1) - 1;
  return epochDay(f.year, f.month ?? 1, f.day ?? 1);
}

export function checkTime(t: TimeFields): TimeFields {
  range("HourOfDay", t.hour, 0, 23);
  range("MinuteOfHour", t.minute, 0, 59);
  range("SecondOfMinute", t.second, 0, 59);
  range("NanoOfSecond", t.nanosecond, 0, 999_999_999);
  return t;
}

export const nanosOf = (t: TimeFields) => t.hour * 3.6e12 + t.minute * 6e10 + t.second * 1e9 + t.nanosecond;

export { quarterOf };
