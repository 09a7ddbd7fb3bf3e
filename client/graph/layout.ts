// Computes stable positions for the knowledge graph: seeded by entity type, then refined by
// ForceAtlas2 in a worker. Falls back to the seeds if workers are unavailable.
import type { GraphData } from "../api/types.ts";
import type { Positions } from "./displayGraph.ts";
import type { LayoutRequest, LayoutResponse } from "./layoutProtocol.ts";
import { seedPosition } from "./seed.ts";

export function seedPositions(data: GraphData): Map<string, { x: number; y: number }> {
  const types = [...new Set(data.nodes.map((n) => n.type))].sort();
  return new Map(data.nodes.map((n) => [n.id, seedPosition(n.id, types.indexOf(n.type), types.length)]));
}

export function computeLayout(data: GraphData): Promise<Positions> {
  const seeds = seedPositions(data);
  if (typeof Worker === "undefined" || data.nodes.length === 0) return Promise.resolve(seeds);
  const request: LayoutRequest = {
    nodes: data.nodes.map((n) => ({ id: n.id, ...seeds.get(n.id)! })),
    edges: data.edges.map((e) => [e.from, e.to]),
    iterations: data.nodes.length > 2000 ? 60 : 400,
  };
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./layoutWorker.ts", import.meta.url), { type: "module" });
    const done = (positions: Positions) => {
      worker.terminate();
      resolve(positions);
    };
    worker.onmessage = (e: MessageEvent<LayoutResponse>) =>
      done(new Map(e.data.positions.map(([id, x, y]) => [id, { x, y }])));
    worker.onerror = () => done(seeds);
    worker.postMessage(request);
  });
}
