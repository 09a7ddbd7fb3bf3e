// The documents layer of the explorer: the server sends each source document as a node (type
// Document) linked by MENTIONS to every entity it names. Documents stay out of the default view,
// out of the layout (five hubs linked to most entities would pull the whole drawing together) and
// out of entity panels and neighbour lists; the analyst shows them from the filters.
import type { ApiEdge, GraphData } from "../api/types.ts";

export const DOCUMENT_TYPE = "Document";
export const MENTIONS_TYPE = "MENTIONS";

export const isMention = (e: Pick<ApiEdge, "type">): boolean => e.type === MENTIONS_TYPE;

/** The graph the layout runs on: every node, no MENTIONS. */
export const withoutMentions = (data: GraphData): GraphData => ({
  nodes: data.nodes,
  edges: data.edges.filter((e) => !isMention(e)),
});
