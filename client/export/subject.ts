// What an export covers: the current view (every visible entity) or the selection (the
// highlighted path or result if any, else the selected entity with its neighbours).
import type { DisplayGraph } from "../graph/displayGraph.ts";
import { isNodeVisible } from "../graph/visibility.ts";
import type { ExplorerState } from "../state/explorer.ts";

export type Subject = "view" | "selection";

export function subjectNodes(graph: DisplayGraph, s: ExplorerState, subject: Subject): string[] {
  const visible = (id: string) => isNodeVisible(id, graph.getNodeAttributes(id), s);
  if (subject === "selection") {
    if (s.highlight) return [...s.highlight.nodes].filter((id) => graph.hasNode(id));
    if (s.selected && graph.hasNode(s.selected)) return [s.selected, ...graph.neighbors(s.selected).filter(visible)];
    return [];
  }
  return graph.filterNodes((id) => visible(id));
}
