// What an export covers: the current analysis (the highlighted leverage path, route, path or
// query result), the selection (the selected entity with its visible neighbours), or the whole
// view (every visible entity). The whole subject is drawn, whatever the camera shows.
import type { DisplayGraph } from "../graph/displayGraph.ts";
import { isEdgeVisible, isNodeVisible } from "../graph/visibility.ts";
import type { ExplorerState } from "../state/explorer.ts";

export type Subject = "analysis" | "selection" | "view";

export function subjectNodes(graph: DisplayGraph, s: ExplorerState, subject: Subject): string[] {
  const visible = (id: string) => isNodeVisible(id, graph.getNodeAttributes(id), s);
  if (subject === "analysis") return s.highlight ? [...s.highlight.nodes].filter((id) => graph.hasNode(id)) : [];
  if (subject === "selection") {
    if (!s.selected || !graph.hasNode(s.selected)) return [];
    return [s.selected, ...new Set(graph.neighbors(s.selected).filter(visible))];
  }
  return graph.filterNodes((id) => visible(id));
}

/** The relations drawn with a subject: the analysis's own edges, else the visible ones among its nodes. */
export function subjectEdges(
  graph: DisplayGraph,
  s: ExplorerState,
  subject: Subject,
  nodes: readonly string[],
): string[] {
  if (subject === "analysis" && s.highlight?.edges.size)
    return [...s.highlight.edges].filter((id) => graph.hasEdge(id));
  const keep = new Set(nodes);
  return graph.filterEdges((_e, a, from, to) => keep.has(from) && keep.has(to) && isEdgeVisible(a, s));
}

/** The subject offered first: the analysis when there is one, else the selection, else the view. */
export const defaultSubject = (s: ExplorerState): Subject =>
  s.highlight?.nodes.size ? "analysis" : s.selected ? "selection" : "view";
