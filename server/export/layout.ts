// A deterministic layout for server-side drawings: nodes on a circle ordered by type then id,
// then a fixed number of ForceAtlas2 iterations (deterministic for a given start), scaled to
// the drawing box. Same subgraph in, same picture out.
import { MultiGraph } from "graphology";
import circular from "graphology-layout/circular";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { Subgraph } from "../store/types.ts";

export interface Box {
  width: number;
  height: number;
  margin: number;
}

export function layout(g: Subgraph, box: Box): Map<string, { x: number; y: number }> {
  const graph = new MultiGraph();
  const ordered = [...g.nodes].sort((a, b) => a.label.localeCompare(b.label) || (a.id < b.id ? -1 : 1));
  for (const n of ordered) graph.addNode(n.id);
  for (const e of g.edges) if (graph.hasNode(e.source) && graph.hasNode(e.target)) graph.addEdge(e.source, e.target);
  circular.assign(graph, { scale: 100 });
  if (graph.order > 2) forceAtlas2.assign(graph, { iterations: 60, settings: forceAtlas2.inferSettings(graph) });
  const xs = graph.mapNodes((_n, a) => a.x as number);
  const ys = graph.mapNodes((_n, a) => a.y as number);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = (v: number, lo: number, hi: number, size: number) =>
    hi === lo ? size / 2 : box.margin + ((v - lo) / (hi - lo)) * (size - 2 * box.margin);
  const out = new Map<string, { x: number; y: number }>();
  graph.forEachNode((n, a) => {
    out.set(n, { x: scale(a.x as number, minX, maxX, box.width), y: scale(a.y as number, minY, maxY, box.height) });
  });
  return out;
}
