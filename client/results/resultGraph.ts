// The graph of a Cypher answer, for the results pane's graph view: the nodes and relationships
// the answer holds (the API collects them from node, relationship and path values only), laid
// out left to right with dagre so a path reads as a chain in its direction of travel.
import { MultiDirectedGraph } from "graphology";
import type { GraphData } from "../api/types.ts";
import { layered } from "../figures/layered.ts";
import { colorOf } from "../graph/palette.ts";

export interface ResultNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
}

export interface ResultEdge {
  size: number;
  color: string;
  label: string;
}

export type ResultGraph = MultiDirectedGraph<ResultNode, ResultEdge>;

/** Beyond this many nodes a layered drawing is too slow and too tall; a grid stands in. */
export const LAYERED_LIMIT = 400;

export function buildResultGraph(data: GraphData): ResultGraph {
  const graph: ResultGraph = new MultiDirectedGraph();
  for (const n of data.nodes)
    if (!graph.hasNode(n.id)) graph.addNode(n.id, { x: 0, y: 0, size: 7, color: colorOf(n.type), label: n.name });
  // Relations between the same two nodes are drawn on top of each other: one label names them
  // all ("LOCATED_IN +1"), so their labels do not pile up.
  const pairs = new Map<string, { id: string; type: string }[]>();
  for (const e of data.edges) {
    if (!graph.hasNode(e.from) || !graph.hasNode(e.to) || graph.hasEdge(e.id)) continue;
    graph.addEdgeWithKey(e.id, e.from, e.to, { size: 1.5, color: "#8a94a1", label: "" });
    const pair = [e.from, e.to].sort().join("\u0000");
    pairs.set(pair, [...(pairs.get(pair) ?? []), e]);
  }
  for (const [first, ...rest] of pairs.values())
    graph.setEdgeAttribute(first!.id, "label", rest.length ? `${first!.type} +${rest.length}` : first!.type);
  if (graph.order <= LAYERED_LIMIT) {
    const layout = layered(
      graph.mapNodes((id, a) => ({ id, width: 24 + a.label.length * 6, height: 24 })),
      graph.mapEdges((id, a, from, to) => ({ id, from, to, labelWidth: a.label.length * 6, labelHeight: 12 })),
    );
    for (const [id, p] of layout.nodes) graph.mergeNodeAttributes(id, { x: p.x, y: -p.y });
  } else {
    const side = Math.ceil(Math.sqrt(graph.order));
    graph
      .nodes()
      .forEach((id, i) => graph.mergeNodeAttributes(id, { x: (i % side) * 40, y: -Math.floor(i / side) * 40 }));
  }
  return graph;
}
