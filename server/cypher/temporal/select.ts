// Applying date and time fields of a map onto an optional base value, as Neo4j's temporal
// builders do: without a base the larger units must be given, with a base each field overrides
// its part (week fields keep the week-based year, a quarter keeps the month of quarter).
import { argumentError, typeError } from "../errors.ts";
import { civil, dayOfWeek, epochDay, isoWeek, monthLength, quarterOf } from "./calendar.ts";
import { checkDate, checkTime, dayOf, nanosOf, range } from "./fields.ts";

export type FieldMap = Map<string, number>;

const DATE_FIELDS = ["year", "month", "day", "week", "dayofweek", "ordinalday", "quarter", "dayofquarter"];
const TIME_FIELDS = ["hour", "minute", "second", "millisecond", "microsecond", "nanosecond"];
export const isDateField = (k: string) => DATE_FIELDS.includes(k);
export const isTimeField = (k: string) => TIME_FIELDS.includes(k);

function conflict(f: FieldMap): void {
  const week = f.has("week") || f.has("dayofweek");
  const ordinal = f.has("ordinalday");
  const quarter = f.has("quarter") || f.has("dayofquarter");
  const calendar = f.has("month") || f.has("day");
  if ([week, ordinal, quarter, calendar].filter(Boolean).length > 1) {
    const k = calendar ? (f.has("day") ? "day" : "month") : ordinal ? "ordinalDay" : "quarter";
    throw typeError("InvalidArgumentValue", `Cannot assign ${k} to ${week ? "week" : "quarter"} date.`);
  }
}

/** The epoch day from date fields over an optional base day. */
export function applyDate(f: FieldMap, base: number | undefined): number {
  conflict(f);
  const g = (k: string) => f.get(k);
  if (base === undefined) {
    if (g("year") === undefined) throw argumentError("InvalidArgumentValue", "year must be specified");
    const year = g("year")!;
    if (f.has("dayofweek") && !f.has("week"))
      throw argumentError("InvalidArgumentValue", "dayOfWeek cannot be specified without week");
    if (f.has("dayofquarter") && !f.has("quarter"))
      throw argumentError("InvalidArgumentValue", "dayOfQuarter cannot be specified without quarter");
    if (f.has("day") && !f.has("month"))
      throw argumentError("InvalidArgumentValue", "day cannot be specified without month");
    const fields = {
      year,
      month: g("month"),
      day: g("day"),
      week: g("week"),
      dayOfWeek: g("dayofweek"),
      ordinalDay: g("ordinalday"),
      quarter: g("quarter"),
      dayOfQuarter: g("dayofquarter"),
    };
    return dayOf(checkDate(fields));
  }
  const [y, m, d] = civil(base);
  if (f.has("week") || f.has("dayofweek")) {
    const [wy, wk] = isoWeek(base);
    const fields = { year: g("year") ?? wy, week: g("week") ?? wk, dayOfWeek: g("dayofweek") ?? dayOfWeek(base) };
    return dayOf(checkDate(fields));
  }
  if (f.has("ordinalday")) return dayOf(checkDate({ year: g("year") ?? y, ordinalDay: g("ordinalday") }));
  if (f.has("quarter") || f.has("dayofquarter")) {
    const year = g("year") ?? y,
      quarter = g("quarter") ?? quarterOf(m);
    if (f.has("dayofquarter")) return dayOf(checkDate({ year, quarter, dayOfQuarter: g("dayofquarter") }));
    range("QuarterOfYear", quarter, 1, 4);
    const month = (quarter - 1) * 3 + ((m - 1) % 3) + 1;
    return epochDay(year, month, Math.min(d, monthLength(year, month)));
  }
  const year = g("year") ?? y,
    month = g("month") ?? m;
  if (f.has("day")) return dayOf(checkDate({ year, month, day: g("day") }));
  range("Year", year, -999_999_999, 999_999_999);
  range("MonthOfYear", month, 1, 12);
  return epochDay(year, month, Math.min(d, monthLength(year, month)));
}

/** Nanoseconds of the day from time fields over an optional base. */
export function applyTime(f: FieldMap, base: number | undefined): number {
  const g = (k: string) => f.get(k);
  const sub = f.has("millisecond") || f.has("microsecond") || f.has("nanosecond");
  const ms = range("Millisecond", g("millisecond") ?? 0, 0, 999);
  const us = range("Microsecond", g("microsecond") ?? 0, 0, 999_999);
  const ns = range("Nanosecond", g("nanosecond") ?? 0, 0, 999_999_999);
  const subNanos = ms * 1e6 + us * 1e3 + ns;
  if (subNanos > 999_999_999)
    throw argumentError("InvalidArgumentValue", "Invalid value for NanoOfSecond: " + subNanos);
  if (base === undefined) {
    if (!f.has("hour")) throw argumentError("InvalidArgumentValue", "hour must be specified");
    if (f.has("second") && !f.has("minute"))
      throw argumentError("InvalidArgumentValue", "second cannot be specified without minute");
    if (sub && !f.has("second"))
      throw argumentError(
        "InvalidArgumentValue",
        `subsecond cannot be specified without ${f.has("minute") ? "second" : "minute"}`,
      );
    return nanosOf(
      checkTime({ hour: g("hour")!, minute: g("minute") ?? 0, second: g("second") ?? 0, nanosecond: subNanos }),
    );
  }
  const h = Math.floor(base / 3.6e12),
    mi = Math.floor((base % 3.6e12) / 6e10),
    s = Math.floor((base % 6e10) / 1e9),
    n = base % 1e9;
  return nanosOf(
    checkTime({
      hour: g("hour") ?? h,
      minute: g("minute") ?? mi,
      second: g("second") ?? s,
      nanosecond: sub ? subNanos : n,
    }),
  );
}
