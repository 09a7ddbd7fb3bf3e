// Baseline for the client bench: sigma with default settings, no React, drawing the same
// synthetic graph (?synthetic=N) or the seed graph from /api/graph with the same positions.
// Exposes window.__bare = { sigma, firstFrameMs } for the bench driver.
import Graph from "graphology";
import Sigma from "sigma";
import { fetchGraph } from "../api/endpoints.ts";
import { buildDisplayGraph } from "../graph/displayGraph.ts";
import { computeLayout } from "../graph/layout.ts";
import { syntheticGraph } from "../graph/synthetic.ts";

declare global {
  interface Window {
    __bare?: { sigma: Sigma; firstFrameMs: number | null; order: number };
  }
}

async function main(): Promise<void> {
  const n = Number(new URLSearchParams(location.search).get("synthetic"));
  let display;
  if (n > 0) {
    const { data, positions } = syntheticGraph(n);
    display = buildDisplayGraph(data, positions);
  } else {
    const data = await fetchGraph();
    display = buildDisplayGraph(data, await computeLayout(data));
  }
  // A plain graph with only the attributes sigma reads, as a sigma user would start.
  const graph = new Graph({ multi: true });
  display.forEachNode((id, a) => graph.addNode(id, { x: a.x, y: a.y, size: a.size, color: a.color, label: a.label }));
  display.forEachEdge((id, _a, from, to) => graph.addEdgeWithKey(id, from, to));
  const sigma = new Sigma(graph, document.getElementById("graph")!);
  const state = { sigma, firstFrameMs: null as number | null, order: graph.order };
  window.__bare = state;
  requestAnimationFrame(() => (state.firstFrameMs = performance.now()));
}

void main();
