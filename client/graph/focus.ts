// What the reducers emphasise: a highlighted path or result if any, otherwise the hovered or
// selected entity with its neighbours. Computed once per state change, not per node.
import type { ExplorerState } from "../state/explorer.ts";
import type { DisplayGraph } from "./displayGraph.ts";

export interface Focus {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** True for a path or query result (strong colour), false for a neighbourhood. */
  strong: boolean;
}

/**
 * Above this order, hovering does not re-dim the graph: every hover change would re-run the
 * reducers over all items, which costs whole frames on large graphs. Clicks still focus.
 */
export const HOVER_FOCUS_LIMIT = 5000;

export const hoverFocuses = (graph: DisplayGraph): boolean => graph.order <= HOVER_FOCUS_LIMIT;

export function computeFocus(graph: DisplayGraph, s: ExplorerState): Focus | null {
  if (s.highlight) return { nodes: s.highlight.nodes, edges: s.highlight.edges, strong: true };
  const centre = (hoverFocuses(graph) ? s.hovered : null) ?? s.selected;
  if (!centre || !graph.hasNode(centre)) return null;
  return { nodes: new Set([centre, ...graph.neighbors(centre)]), edges: new Set(graph.edges(centre)), strong: false };
}
