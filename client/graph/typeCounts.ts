// Entity types present in the data with their counts, most frequent first (legend order).
import type { GraphData } from "../api/types.ts";

export function typeCounts(data: GraphData): [string, number][] {
  const counts = new Map<string, number>();
  for (const n of data.nodes) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
