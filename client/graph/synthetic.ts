// A synthetic graph for the frame-time bench (?synthetic=N): clustered nodes with positions,
// edges mostly inside clusters, all from a fixed seed so both bench pages draw the same thing.
import type { GraphData } from "../api/types.ts";
import { prng } from "./seed.ts";

const TYPES = ["State", "Organisation", "Company", "Infrastructure", "Person", "Place"];

export interface SyntheticGraph {
  data: GraphData;
  positions: Map<string, { x: number; y: number }>;
}

export function syntheticGraph(order: number, size = order * 5, seed = 42): SyntheticGraph {
  const rand = prng(seed);
  const clusters = Math.max(1, Math.round(Math.sqrt(order) / 2));
  const centres = Array.from({ length: clusters }, () => ({ x: rand() * 1000, y: rand() * 1000 }));
  const positions = new Map<string, { x: number; y: number }>();
  const nodes: GraphData["nodes"] = [];
  for (let i = 0; i < order; i++) {
    const c = centres[i % clusters];
    const r = 40 * Math.sqrt(-2 * Math.log(rand() + 1e-9));
    const a = rand() * 2 * Math.PI;
    const id = `s${i}`;
    positions.set(id, { x: c.x + r * Math.cos(a), y: c.y + r * Math.sin(a) });
    nodes.push({ id, type: TYPES[i % TYPES.length], name: `Node ${i}`, aliases: [] });
  }
  const edges: GraphData["edges"] = [];
  for (let i = 0; i < size; i++) {
    const from = Math.floor(rand() * order);
    // 90% of edges stay in the source's cluster, like the communities of a real graph.
    const sameCluster = rand() < 0.9;
    const to = sameCluster
      ? (from + clusters * (1 + Math.floor(rand() * (order / clusters - 1)))) % order
      : Math.floor(rand() * order);
    edges.push({ id: `e${i}`, type: "LINKS", from: `s${from}`, to: `s${to}`, conflictsWith: [], evidence: [] });
  }
  return { data: { nodes, edges }, positions };
}
