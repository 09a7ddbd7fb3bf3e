// The graph as drawn (colours, dimming and highlight after the reducers) as a standalone SVG:
// the chosen nodes are fitted into the figure whatever the camera shows, so a selection
// exports whole, not cropped; labels are placed without collisions (contract/labelPlacement),
// a label with no free spot left out. The PNG export rasterises this SVG.
import { nodeBox, placeLabels, type LabelRequest } from "../../contract/labelPlacement.ts";
import { CANVAS_BG } from "../graph/palette.ts";
import type { ExplorerSigma } from "../state/dataContext.ts";
import { el, fixed, FONT, frame, textWidth } from "./svgParts.ts";

export interface SvgInput {
  sigma: ExplorerSigma;
  nodes: readonly string[];
  title: string;
  types: readonly string[];
  sources: readonly string[];
}

const LABEL_SIZE = 12;
const PAD = 24;
/** The camera at rest (the whole graph framed): positions independent of the analyst's zoom. */
const REST = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

interface Placed {
  x: number;
  y: number;
  r: number;
  color: string;
  label: string;
  priority: number;
}

function positions(sigma: ExplorerSigma, nodes: readonly string[], width: number, height: number) {
  const raw = new Map<string, Placed>();
  for (const id of nodes) {
    const d = sigma.getNodeDisplayData(id);
    if (!d || d.hidden) continue;
    const p = sigma.graphToViewport(sigma.getGraph().getNodeAttributes(id), { cameraState: REST });
    const priority = (d.forceLabel ? 1000 : 0) + (d.highlighted ? 2000 : 0) + d.size;
    raw.set(id, { x: p.x, y: p.y, r: Math.max(2, d.size), color: d.color, label: d.label ?? "", priority });
  }
  const xs = [...raw.values()].map((n) => n.x);
  const ys = [...raw.values()].map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Fit the chosen nodes in the box, keeping proportions; a single node sits in the middle.
  const k = Math.min((width - 2 * PAD) / Math.max(1, maxX - minX), (height - 2 * PAD) / Math.max(1, maxY - minY), 4);
  const ox = (width - (maxX - minX) * k) / 2;
  const oy = (height - (maxY - minY) * k) / 2;
  for (const n of raw.values()) {
    n.x = ox + (n.x - minX) * k;
    n.y = oy + (n.y - minY) * k;
  }
  return raw;
}

function drawing(sigma: ExplorerSigma, nodes: readonly string[], width: number, height: number): SVGElement[] {
  const pos = positions(sigma, nodes, width, height);
  const edges: SVGElement[] = [];
  sigma.getGraph().forEachEdge((edge, _a, from, to) => {
    const a = pos.get(from);
    const b = pos.get(to);
    const d = sigma.getEdgeDisplayData(edge);
    if (!a || !b || !d || d.hidden) return;
    const line = { x1: fixed(a.x), y1: fixed(a.y), x2: fixed(b.x), y2: fixed(b.y) };
    edges.push(el("line", { ...line, stroke: d.color, "stroke-width": Math.max(0.5, d.size).toFixed(2) }));
  });
  const circles = [...pos.entries()].map(([id, n]) =>
    el("circle", { cx: fixed(n.x), cy: fixed(n.y), r: fixed(n.r), fill: n.color, "data-id": id }),
  );
  const requests: LabelRequest[] = [...pos.entries()]
    .filter(([, n]) => n.label)
    .map(([id, n]) => ({
      id,
      x: n.x,
      y: n.y,
      r: n.r,
      width: textWidth(n.label, LABEL_SIZE) + 2,
      height: LABEL_SIZE + 4,
      priority: n.priority,
    }));
  const obstacles = [...pos.entries()].map(([id, n]) => nodeBox(id, n.x, n.y, n.r));
  const labels = placeLabels(requests, { x: 0, y: 0, width, height }, obstacles).map((l) =>
    el("text", { x: fixed(l.textX), y: fixed(l.baseline), "data-box": boxAttr(l.box) }, pos.get(l.id)!.label),
  );
  // A white halo keeps a label legible where it crosses edges (labels never cross each other).
  const labelStyle = {
    "font-family": FONT,
    "font-size": LABEL_SIZE,
    fill: "#1b2129",
    stroke: "#fff",
    "stroke-width": 3,
    "paint-order": "stroke",
    "data-part": "labels",
  };
  return [el("g", {}, edges), el("g", {}, circles), el("g", labelStyle, labels)];
}

/** Each label's box, written beside it so tests (and anyone checking) can verify no overlap. */
const boxAttr = (b: { x: number; y: number; width: number; height: number }) =>
  [b.x, b.y, b.width, b.height].map(fixed).join(" ");

export function buildSvg({ sigma, nodes, title, types, sources }: SvgInput): {
  svg: string;
  width: number;
  height: number;
} {
  const { width, height } = sigma.getDimensions();
  return frame({
    width,
    height,
    title,
    drawing: drawing(sigma, nodes, width, height),
    types,
    sources,
    background: CANVAS_BG,
  });
}
