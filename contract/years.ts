// The year rule both the server's filters and the client's time controls apply, defined once.
// A relation's span is [yearFrom, yearTo], or [year, year] for a single dated fact. A relation
// with only a start year holds from that year on (open-ended, still ongoing); one with only an
// end year held up to it; one with no year at all is undated and no year window hides it.

export interface Dated {
  year?: unknown;
  yearFrom?: unknown;
  yearTo?: unknown;
}

/** A span with open ends as ±Infinity; `null` for an undated relation. */
export interface Span {
  from: number;
  to: number;
}

const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

export function spanOf(p: Dated): Span | null {
  const year = num(p.year);
  const yearFrom = num(p.yearFrom);
  const yearTo = num(p.yearTo);
  if (yearFrom !== undefined || yearTo !== undefined) {
    return { from: yearFrom ?? Number.NEGATIVE_INFINITY, to: yearTo ?? Number.POSITIVE_INFINITY };
  }
  return year === undefined ? null : { from: year, to: year };
}

/** The finite years a relation names (for a year range or a histogram): its start and end, when given. */
export function yearsNamed(p: Dated): number[] {
  const s = spanOf(p);
  return s ? [s.from, s.to].filter(Number.isFinite) : [];
}

/**
 * Whether a relation belongs in the window [from, to] (either end may be open): its span overlaps
 * the window. Undated relations are kept, since most facts in the documents carry no year.
 */
export function inYearWindow(p: Dated, from?: number | null, to?: number | null): boolean {
  const s = spanOf(p);
  return !s || spanOverlaps(s, from, to);
}

/** Whether a dated span overlaps the window [from, to] (either end may be open). */
export function spanOverlaps(s: Span, from?: number | null, to?: number | null): boolean {
  return (to === undefined || to === null || s.from <= to) && (from === undefined || from === null || s.to >= from);
}

/** "2019", "2019–2022", "since 2023", "until 2014": a span in words, "" for undated relations. */
export function describeSpan(p: Dated): string {
  const s = spanOf(p);
  if (!s) return "";
  if (s.from === s.to) return String(s.from);
  if (!Number.isFinite(s.to)) return `since ${s.from}`;
  if (!Number.isFinite(s.from)) return `until ${s.to}`;
  return `${s.from}–${s.to}`;
}
