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

/** A title naming what is exported: the analysis's ends in travel order, or the selected entity. */
export function defaultTitle(graph: DisplayGraph, s: ExplorerState): string {
  const name = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);
  const chain = s.highlight ? [...s.highlight.nodes].filter((id) => graph.hasNode(id)) : [];
  if (chain.length >= 2) return `${name(chain[0]!)} to ${name(chain[chain.length - 1]!)}`;
  if (s.selected && graph.hasNode(s.selected)) return `${name(s.selected)} and its relations`;
  return "Russia's leverage over Kazakhstan";
}
