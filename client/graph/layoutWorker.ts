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
  // Dissuading hubs spreads the entities around Kazakhstan and Russia instead of piling them
  // on top of the two hubs most relations touch.
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    outboundAttractionDistribution: true,
    scalingRatio: 4,
    gravity: 0.5,
    barnesHutOptimize: graph.order > 1000,
  };
  forceAtlas2.assign(graph, { iterations, settings });
  const positions: LayoutResponse["positions"] = [];
  graph.forEachNode((id, a) => positions.push([id, a.x as number, a.y as number]));
  (self as unknown as Worker).postMessage({ positions } satisfies LayoutResponse);
};
