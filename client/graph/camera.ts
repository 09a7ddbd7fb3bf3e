// Camera moves in framed-graph coordinates: fit a set of nodes, reset to the whole graph.
// Sigma's camera ratio 1 shows the whole framed graph, so a bbox of span d needs ratio ≈ d.
import type { ExplorerSigma } from "../state/dataContext.ts";

export function fitNodes(sigma: ExplorerSigma, ids: Iterable<string>, duration = 400): void {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const id of ids) {
    const d = sigma.getNodeDisplayData(id);
    if (!d) continue;
    minX = Math.min(minX, d.x);
    maxX = Math.max(maxX, d.x);
    minY = Math.min(minY, d.y);
    maxY = Math.max(maxY, d.y);
  }
  if (!Number.isFinite(minX)) return;
  const ratio = Math.min(Math.max(Math.max(maxX - minX, maxY - minY) * 1.4, 0.3), 1.2);
  sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration });
}

export function resetCamera(sigma: ExplorerSigma): void {
  sigma.getCamera().animatedReset({ duration: 300 });
}
