// Which nodes and edges the current filters let through. Shared by the sigma reducers and
// the exports, so what is exported is exactly what is on screen.
import { spanOverlaps } from "../../contract/years.ts";
import type { ExplorerState } from "../state/explorer.ts";
import type { DisplayEdge, DisplayNode } from "./displayGraph.ts";
import { DOCUMENT_TYPE, MENTIONS_TYPE } from "./documents.ts";

export function isNodeVisible(id: string, node: DisplayNode, s: ExplorerState): boolean {
  if (node.entityType === DOCUMENT_TYPE && !s.filters.showDocuments) return false;
  if (s.filters.hiddenTypes.has(node.entityType) || s.hidden.has(id)) return false;
  return !s.scope || s.scope.has(id);
}

export function isEdgeVisible(edge: DisplayEdge, s: ExplorerState): boolean {
  if (edge.relType === MENTIONS_TYPE && !s.filters.showDocuments) return false;
  if (s.filters.hiddenRelTypes.has(edge.relType)) return false;
  const { yearFrom, yearTo, includeUndated } = s.filters;
  // Undated relations hold at any time as far as the sources say: shown with no year window,
  // and within one only when the analyst includes them.
  if (edge.yearFrom === null || edge.yearTo === null) return includeUndated || (yearFrom === null && yearTo === null);
  // The contract's overlap rule, the one the server's year filters apply.
  return spanOverlaps({ from: edge.yearFrom, to: edge.yearTo }, yearFrom, yearTo);
}
