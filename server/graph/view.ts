// Reads the store's graphology graph (the Cypher engine's shape: node attributes {labels,
// properties}, edge attributes {type, properties}) as the plain GraphNode/GraphEdge values the
// rest of the server uses. Read-only: nothing in server/graph/ mutates the graph.
import type { MultiDirectedGraph } from "graphology";
import type { GraphEdge, GraphNode } from "../store/types.ts";
import type { Properties } from "../store/records.ts";

export interface NodeAttributes {
  labels: string[];
  properties: Record<string, unknown>;
}
export interface EdgeAttributes {
  type: string;
  properties: Record<string, unknown>;
}
export type StoreGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function nodeOf(g: StoreGraph, key: string): GraphNode {
  const a = g.getNodeAttributes(key);
  return { id: key, label: a.labels[0] ?? "", properties: a.properties as Properties };
}

export function edgeOf(g: StoreGraph, key: string): GraphEdge {
  const a = g.getEdgeAttributes(key);
  return {
    id: key,
    type: a.type,
    source: g.source(key),
    target: g.target(key),
    properties: a.properties as Properties,
  };
}

/** Edges leaving (`out`) or entering (`in`) a node, sorted by id so every walk is deterministic. */
export function sortedEdges(g: StoreGraph, node: string, direction: "out" | "in" | "any"): string[] {
  const keys = direction === "out" ? g.outEdges(node) : direction === "in" ? g.inEdges(node) : g.edges(node);
  return [...keys].sort();
}
