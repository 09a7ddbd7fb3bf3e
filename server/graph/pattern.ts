// Pattern path matching: simple paths from a start to an end node whose hops follow a sequence
// of segments (allowed relationship types and directions, min..max hops each). The embedded
// store runs `matchPatternPaths` over its graphology graph; the Neo4j store over the piece of
// the graph it fetched (store/neo4j/reach.ts), so both return the same set of paths.
import type { GraphPath, PatternQuery } from "../store/types.ts";
import { AppError } from "../errors.ts";
import { edgeOf, nodeOf, sortedEdges, type StoreGraph } from "./view.ts";

const pathKey = (p: GraphPath) => p.edges.map((e) => e.id).join(">");

/** The DFS gives up past this many hop expansions: a typed limit error, not a frozen server. */
export const EXPANSION_BUDGET = 2_000_000;

export class PathSearchLimitError extends AppError {
  constructor(budget: number) {
    super(
      "SearchLimitExceeded",
      `the path search explored more than ${budget} hops; lower maxHops or narrow the types`,
      {
        budget,
      },
    );
  }
}

interface Adjacent {
  key: string;
  type: string;
  next: string;
}

export function matchPatternPaths(g: StoreGraph, q: PatternQuery, budget = EXPANSION_BUDGET): GraphPath[] {
  if (!g.hasNode(q.start) || !g.hasNode(q.end) || q.segments.length === 0) return [];
  const found = new Map<string, GraphPath>();
  const nodes = [q.start];
  const edges: string[] = [];
  const onPath = new Set(nodes);
  const last = q.segments.length - 1;
  const restCanBeEmpty = (from: number) => q.segments.slice(from).every((s) => s.min === 0);
  // Per segment, the allowed types by direction; per node and direction, the sorted neighbours.
  const allowed = q.segments.map((seg) => ({
    out: new Set(seg.steps.filter((s) => s.direction === "out").map((s) => s.type)),
    in: new Set(seg.steps.filter((s) => s.direction === "in").map((s) => s.type)),
  }));
  const adjacency = new Map<string, Adjacent[]>();
  const neighbours = (node: string, direction: "out" | "in") => {
    const id = `${direction}:${node}`;
    let list = adjacency.get(id);
    if (!list) {
      list = sortedEdges(g, node, direction).map((key) => ({
        key,
        type: g.getEdgeAttribute(key, "type"),
        next: g.opposite(node, key),
      }));
      adjacency.set(id, list);
    }
    return list;
  };
  let expansions = 0;

  const walk = (seg: number, count: number): void => {
    if (found.size >= q.limit) return;
    const here = nodes[nodes.length - 1]!;
    const segment = q.segments[seg]!;
    if (here === q.end) {
      // A path ends at its first visit to `end`: simple paths cannot pass through it.
      if (count >= segment.min && restCanBeEmpty(seg + 1) && edges.length > 0) {
        const p = { nodes: nodes.map((n) => nodeOf(g, n)), edges: edges.map((e) => edgeOf(g, e)) };
        found.set(pathKey(p), p);
      }
      return;
    }
    if (count >= segment.min && seg < last) walk(seg + 1, 0);
    if (count >= segment.max) return;
    for (const direction of ["out", "in"] as const) {
      const types = allowed[seg]![direction];
      if (!types.size) continue;
      for (const { key, type, next } of neighbours(here, direction)) {
        if (!types.has(type) || onPath.has(next) || (next !== q.end && q.avoid?.has(next))) continue;
        if (++expansions > budget) throw new PathSearchLimitError(budget);
        nodes.push(next);
        edges.push(key);
        onPath.add(next);
        walk(seg, count + 1);
        onPath.delete(next);
        edges.pop();
        nodes.pop();
      }
    }
  };
  walk(0, 0);
  return [...found.values()];
}
