// The year-range filter shared by every store: a relationship is kept when its documented span
// (yearFrom..yearTo, or its single `year`) overlaps [from, to]; an undated one is always kept,
// since most facts in the documents are not tied to a year.
import type { Properties } from "../store/records.ts";

export function spanOf(p: Properties): { from?: number; to?: number } {
  const num = (v: unknown) => (typeof v === "number" ? v : undefined);
  const year = num(p.year);
  return { from: num(p.yearFrom) ?? year, to: num(p.yearTo) ?? year };
}

export function inYearRange(p: Properties, from?: number, to?: number): boolean {
  if (from === undefined && to === undefined) return true;
  const span = spanOf(p);
  if (span.from === undefined && span.to === undefined) return true;
  const lo = span.from ?? Number.NEGATIVE_INFINITY;
  const hi = span.to ?? Number.POSITIVE_INFINITY;
  return (to === undefined || lo <= to) && (from === undefined || hi >= from);
}
