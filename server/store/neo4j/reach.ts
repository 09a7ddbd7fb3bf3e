// Pattern paths on Neo4j: fetch the part of the graph a conforming path could use, breadth-first
// from the start through the pattern's typed, directed steps (one `expand` query per level, at
// most the pattern's total hops), and build it into a graph the embedded store's matcher
// (graph/pattern.ts) reads. Enumerating the paths in Cypher instead needs undirected
// variable-length patterns for segments that mix directions, which explode on hub nodes; this
// way both stores answer with one matcher, and the database does only indexed lookups.
import type { GraphEdge, GraphNode, PatternQuery, Step } from "../types.ts";
import type { Expand } from "../../graph/traverse.ts";
import type { StoreGraph } from "../../graph/view.ts";
import { buildGraph } from "../embedded/build.ts";

const allows = (steps: Step[], edge: GraphEdge, from: string) => {
  const direction = edge.source === from ? "out" : "in";
  return steps.some((s) => s.type === edge.type && s.direction === direction);
};

/** What a pattern needs fetched: its steps and its longest length. */
export const reachOf = (q: Pick<PatternQuery, "segments">) => ({
  steps: q.segments.flatMap((s) => s.steps),
  maxHops: q.segments.reduce((n, s) => n + s.max, 0),
});

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

/** The reachable piece as a graph for the matcher, built like the embedded store's own graph. */
export async function fetchReachGraph(
  expand: Expand,
  start: GraphNode,
  reach: ReturnType<typeof reachOf>,
): Promise<StoreGraph> {
  const piece = await fetchReach(expand, start, reach.steps, reach.maxHops);
  const relationships = piece.edges.map((e) => ({
    id: e.id,
    type: e.type,
    from: e.source,
    to: e.target,
    properties: e.properties,
  }));
  return buildGraph({ nodes: piece.nodes, relationships }).graph;
}
