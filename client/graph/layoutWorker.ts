// Web worker: a fixed number of ForceAtlas2 iterations from seeded positions. Fixed
// iterations and seeds make the layout identical on every load, and the main thread stays
// free while it runs.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { LayoutRequest, LayoutResponse } from "./layoutProtocol.ts";

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { nodes, edges, iterations } = event.data;
  const graph = new Graph({ type: "undirected", multi: false });
  for (const n of nodes) graph.addNode(n.id, { x: n.x, y: n.y });
  for (const [a, b] of edges) if (a !== b && graph.hasNode(a) && graph.hasNode(b)) graph.mergeEdge(a, b);
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 1000, adjustSizes: false, linLogMode: false };
  forceAtlas2.assign(graph, { iterations, settings });
  const positions: LayoutResponse["positions"] = [];
  graph.forEachNode((id, a) => positions.push([id, a.x as number, a.y as number]));
  (self as unknown as Worker).postMessage({ positions } satisfies LayoutResponse);
};
