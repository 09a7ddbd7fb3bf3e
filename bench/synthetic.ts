// Deterministic synthetic graphs for the engine benchmark, in the contract's graphology shape
// (server/cypher/CONTRACT.md "Graph shape").
import Graph from 'graphology';

/** mulberry32: tiny, fast, seedable; Math.random would make runs incomparable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const randomInt = (rnd: () => number, n: number): number => Math.floor(rnd() * n);

export const NODE_LABEL = 'Node';
export const REL_TYPE = 'LINK';
/** `w` is uniform in [0, W_RANGE). */
export const W_RANGE = 100;

export interface GraphSize { nodes: number; relationships: number; label: string }

export const SIZES: GraphSize[] = [
  { nodes: 10_000, relationships: 50_000, label: '10k/50k' },
  { nodes: 100_000, relationships: 500_000, label: '100k/500k' },
];

/** Nodes `n<i>` with {id: i, name}, relationships of one type between random nodes with integer `w`. */
export function buildGraph(size: GraphSize, seed = 42): Graph {
  const rnd = seededRandom(seed);
  const g = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  for (let i = 0; i < size.nodes; i++) {
    g.addNode(`n${i}`, { labels: [NODE_LABEL], properties: { id: i, name: `node-${i}` } });
  }
  for (let i = 0; i < size.relationships; i++) {
    const s = randomInt(rnd, size.nodes);
    const t = randomInt(rnd, size.nodes);
    g.addEdgeWithKey(`r${i}`, `n${s}`, `n${t}`, { type: REL_TYPE, properties: { w: randomInt(rnd, W_RANGE) } });
  }
  return g;
}
