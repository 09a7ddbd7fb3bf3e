// Pattern paths for a store that is reached by queries (Neo4j): fetch the part of the graph a
// conforming path could use, breadth-first from the start through the pattern's typed, directed
// steps (one `expand` query per level, at most the pattern's total hops), then run the same
// matcher the embedded store uses over that piece. Enumerating the paths in Cypher instead
// needs undirected variable-length patterns for segments that mix directions, which explode on
// hub nodes; this way both stores answer with one matcher, and the database does only lookups.
import { MultiDirectedGraph } from "graphology";
import type { GraphEdge, GraphNode, GraphPath, PatternQuery, Step } from "../store/types.ts";
import { matchPatternPaths } from "./pattern.ts";
import type { Expand } from "./traverse.ts";
import type { EdgeAttributes, NodeAttributes, StoreGraph } from "./view.ts";

const allows = (steps: Step[], edge: GraphEdge, from: string) => {
  const direction = edge.source === from ? "out" : "in";
  return steps.some((s) => s.type === edge.type && s.direction === direction);
};

/** The nodes and relationships within `maxHops` pattern steps of `start`. */
export async function fetchReach(expand: Expand, start: GraphNode, steps: Step[], maxHops: number) {
  const nodes = new Map([[start.id, start]]);
  const edges = new Map<string, GraphEdge>();
  let frontier = [start.id];
  for (let level = 0; level < maxHops && frontier.length; level++) {
    const next: string[] = [];
    for (const { edge, from, other } of await expand(frontier)) {
      if (!allows(steps, edge, from)) continue;
      edges.set(edge.id, edge);
      if (!nodes.has(other.id)) {
        nodes.set(other.id, other);
        next.push(other.id);
      }
    }
    frontier = next;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function toStoreGraph(piece: { nodes: GraphNode[]; edges: GraphEdge[] }): StoreGraph {
  const g: StoreGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const n of piece.nodes) g.addNode(n.id, { labels: [n.label], properties: n.properties });
  for (const e of piece.edges)
    g.addDirectedEdgeWithKey(e.id, e.source, e.target, { type: e.type, properties: e.properties });
  return g;
}

/** What a pattern needs fetched: its steps and its longest length. */
export const reachOf = (q: Pick<PatternQuery, "segments">) => ({
  steps: q.segments.flatMap((s) => s.steps),
  maxHops: q.segments.reduce((n, s) => n + s.max, 0),
});

/** Pattern paths over a fetched piece of the graph (`piece` from fetchReach for this start and pattern). */
export function matchFetchedPaths(piece: { nodes: GraphNode[]; edges: GraphEdge[] }, q: PatternQuery): GraphPath[] {
  return matchPatternPaths(toStoreGraph(piece), q);
}
