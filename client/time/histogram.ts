// The timeline's data: how many dated relations start and how many dated events fall in each
// year, from the knowledge graph (a relation counts in the first year it names, by the
// contract's year rule). Undated facts are counted apart: the timeline says how many there are.
import { yearsNamed } from "../../contract/years.ts";
import type { GraphData } from "../api/types.ts";

export interface YearBin {
  year: number;
  relations: number;
  events: number;
}

export interface Histogram {
  min: number;
  max: number;
  bins: YearBin[];
  undated: number;
}

const eventYear = (date: string | undefined): number | null => {
  const m = date ? /^(\d{4})/.exec(date) : null;
  return m ? Number(m[1]) : null;
};

export function yearHistogram(data: GraphData): Histogram | null {
  const relations = new Map<number, number>();
  const events = new Map<number, number>();
  let undated = 0;
  for (const e of data.edges) {
    const years = yearsNamed(e);
    if (!years.length) undated++;
    else relations.set(years[0]!, (relations.get(years[0]!) ?? 0) + 1);
  }
  for (const n of data.nodes) {
    const y = n.type === "Event" ? eventYear(n.date) : null;
    if (y !== null) events.set(y, (events.get(y) ?? 0) + 1);
  }
  const years = [...relations.keys(), ...events.keys()];
  if (!years.length) return null;
  const min = Math.min(...years);
  const max = Math.max(...years);
  const bins: YearBin[] = [];
  for (let year = min; year <= max; year++)
    bins.push({ year, relations: relations.get(year) ?? 0, events: events.get(year) ?? 0 });
  return { min, max, bins, undated };
}

/** The window after one play step: slid by a year, wrapping to the start when it passed the end. */
export function stepWindow(from: number, to: number, min: number, max: number): { from: number; to: number } {
  const width = to - from;
  if (to >= max) return { from: min, to: min + width };
  return { from: from + 1, to: to + 1 };
}
