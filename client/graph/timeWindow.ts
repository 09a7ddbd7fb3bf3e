// Which nodes the year window leaves active: those with at least one visible relation in the
// window (undated relations count only when the analyst includes them, see visibility.ts).
// Others fade. With no window set, every node is active and this returns null.
import type { ExplorerState } from "../state/explorer.ts";
import type { DisplayGraph } from "./displayGraph.ts";
import { isEdgeVisible } from "./visibility.ts";

export function activeInWindow(graph: DisplayGraph, s: ExplorerState): Set<string> | null {
  if (s.filters.yearFrom === null && s.filters.yearTo === null) return null;
  const active = new Set<string>();
  graph.forEachEdge((_e, attrs, from, to) => {
    if (!isEdgeVisible(attrs, s)) return;
    active.add(from);
    active.add(to);
  });
  return active;
}
