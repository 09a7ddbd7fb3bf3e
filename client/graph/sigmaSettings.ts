// Sigma settings for the explorer: labels thinned by a coarse grid and a size threshold so
// they never drown the view; arrows for directed relations except on very large graphs,
// where plain lines are cheaper and arrowheads would be unreadable anyway.
import type { Settings } from "sigma/settings";
import type { DisplayEdge, DisplayNode } from "./displayGraph.ts";

export function explorerSettings(edgeCount: number): Partial<Settings<DisplayNode, DisplayEdge>> {
  return {
    allowInvalidContainer: true,
    defaultEdgeType: edgeCount > 20000 ? "line" : "arrow",
    renderEdgeLabels: false,
    labelDensity: 0.6,
    labelGridCellSize: 110,
    labelRenderedSizeThreshold: 9,
    labelFont: "system-ui, -apple-system, 'Segoe UI', sans-serif",
    labelSize: 13,
    labelColor: { color: "#1b2129" },
    zIndex: true,
    // Edges are clickable: a click opens the relation's evidence.
    enableEdgeEvents: true,
    minCameraRatio: 0.03,
    maxCameraRatio: 8,
  };
}
