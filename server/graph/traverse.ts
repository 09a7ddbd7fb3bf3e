// Breadth-first traversals written once over an `Expand` function (the relationships touching a
// set of nodes): the embedded store expands from graphology, the Neo4j store with one Cypher
// query per level. Filters and ordering live here so both stores give the same subgraphs.
import type { GraphEdge, GraphNode, NeighbourhoodQuery, Step, Subgraph } from "../store/types.ts";
import { traversedByDefault } from "../../graph-data/schema/index.ts";
import { inYearRange } from "./time.ts";

export interface Hop {
  edge: GraphEdge;
  /** The node of the frontier the relationship was reached from. */
  from: string;
  other: GraphNode;
}
export type Expand = (ids: string[]) => Promise<Hop[]>;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Nodes within `depth` hops of the seeds through relationships and nodes that pass the filters.
 * MENTIONS (document → entity) and the bibliographic types (REPORTED_ON, PUBLISHED_IN) are walked
 * only when `relTypes` names them (graph-data/schema NOT_TRAVERSED_BY_DEFAULT): otherwise every
 * neighbourhood would reach the documents and the outlets they cite, and through them most of the graph.
 */
export async function neighbourhood(expand: Expand, seeds: GraphNode[], q: NeighbourhoodQuery): Promise<Subgraph> {
  const relOk = (e: GraphEdge) =>
    (q.relTypes ? q.relTypes.includes(e.type) : traversedByDefault(e.type)) && inYearRange(e.properties, q.from, q.to);
  const nodeOk = (n: GraphNode) => !q.types || q.types.includes(n.label);
  const nodes = new Map(seeds.map((n) => [n.id, n]));
  const edges = new Map<string, GraphEdge>();
  let frontier = seeds.map((n) => n.id);
  for (let level = 0; level <= q.depth && frontier.length; level++) {
    const next: string[] = [];
    for (const hop of await expand(frontier)) {
      if (!relOk(hop.edge)) continue;
      // The last level only collects relationships among nodes already in the subgraph.
      if (level === q.depth || !nodeOk(hop.other)) {
        if (nodes.has(hop.other.id)) edges.set(hop.edge.id, hop.edge);
        continue;
      }
      if (!nodes.has(hop.other.id)) {
        nodes.set(hop.other.id, hop.other);
        next.push(hop.other.id);
      }
      edges.set(hop.edge.id, hop.edge);
    }
    frontier = next;
  }
  return { nodes: [...nodes.values()].sort(byId), edges: [...edges.values()].sort(byId) };
}

/** Every node reachable from `root` following the given typed, directed steps (root included). */
export async function closure(expand: Expand, root: string, steps: Step[]): Promise<Set<string>> {
  const seen = new Set([root]);
  let frontier = [root];
  while (frontier.length) {
    const next: string[] = [];
    for (const { edge, from, other } of await expand(frontier)) {
      const direction = edge.source === from ? "out" : "in";
      if (!steps.some((s) => s.type === edge.type && s.direction === direction)) continue;
      if (seen.has(other.id)) continue;
      seen.add(other.id);
      next.push(other.id);
    }
    frontier = next;
  }
  return seen;
}
