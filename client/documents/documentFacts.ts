// How many relations each source document supports (relations with at least one of its quotes):
// the figure the documents list gives beside each document. Pure.
import type { GraphData } from "../api/types.ts";

export function factsByDocument(data: GraphData): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of data.edges) {
    for (const d of new Set(e.evidence.map((x) => x.document))) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  return counts;
}
