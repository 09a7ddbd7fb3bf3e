// Baseline for shortestPath: a plain bidirectional BFS written directly over graphology's
// adjacency (graphology-shortest-path is not installed). It follows edge direction like
// `(a)-[:LINK*]->(b)` and returns the hop count, or -1 when b is unreachable.
import type Graph from "graphology";

export function bidirectionalBfsLength(g: Graph, source: string, target: string): number {
  if (source === target) return 0;
  let frontF = [source];
  let frontB = [target];
  const distF = new Map([[source, 0]]);
  const distB = new Map([[target, 0]]);
  while (frontF.length && frontB.length) {
    // Expand the smaller frontier: the whole point of the bidirectional search.
    const forward = frontF.length <= frontB.length;
    const [front, dist, other] = forward ? [frontF, distF, distB] : [frontB, distB, distF];
    const next: string[] = [];
    let best = -1;
    for (const u of front) {
      const du = dist.get(u)!;
      const visit = (v: string): void => {
        if (dist.has(v)) return;
        dist.set(v, du + 1);
        const dv = other.get(v);
        if (dv !== undefined && (best < 0 || du + 1 + dv < best)) best = du + 1 + dv;
        next.push(v);
      };
      if (forward) g.forEachOutNeighbor(u, visit);
      else g.forEachInNeighbor(u, visit);
    }
    if (best >= 0) return best; // level-synchronous: the first meeting level is optimal
    if (forward) frontF = next;
    else frontB = next;
  }
  return -1;
}
