// What the graph shows for the leverage summary: every lever's paths at once, or one isolated
// lever, as a highlight whose edge weights are the levers' largest documented shares (an edge
// shared by two levers takes the larger share). Pure; the reducers draw it.
import type { Lever } from "../api/analysisTypes.ts";
import type { Highlight } from "../state/explorer.ts";
import type { GraphIndex } from "./entityDetail.ts";

export function leverHighlight(levers: readonly Lever[], index: GraphIndex): Highlight | null {
  if (!levers.length) return null;
  const nodes = new Set<string>();
  const weights = new Map<string, number>();
  for (const lever of levers) {
    for (const id of lever.edges) {
      const e = index.edges.get(id);
      if (!e) continue;
      nodes.add(e.from);
      nodes.add(e.to);
      weights.set(id, Math.max(weights.get(id) ?? 0, lever.maxShare ?? 0));
    }
  }
  return { nodes, edges: new Set(weights.keys()), weights };
}
