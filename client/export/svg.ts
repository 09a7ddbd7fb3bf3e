// Renders what sigma shows (after reducers: colours, dimming, highlight) as a standalone
// SVG with a title, a legend and a sources footnote. The PNG export rasterises this SVG, so
// both formats stay identical and crisp at any scale. The document is built with the browser's
// DOM and written by its XMLSerializer, which handle namespaces and escaping.
import type { ExplorerSigma } from "../state/dataContext.ts";
import { CANVAS_BG, colorOf } from "../graph/palette.ts";
import { wrap } from "./svgText.ts";

export interface SvgInput {
  sigma: ExplorerSigma;
  nodes: readonly string[];
  title: string;
  types: readonly string[];
  sources: readonly string[];
}

const SVG_NS = "http://www.w3.org/2000/svg";
const HEADER = 44;
const FONT = "system-ui, -apple-system, 'Segoe UI', sans-serif";
const LABEL_CELL = 110;

type Attrs = Record<string, string | number>;

/** An SVG element with its attributes, its text (escaped on serialisation) or its children. */
function el(name: string, attrs: Attrs, content: string | SVGElement[] = []): SVGElement {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (typeof content === "string") e.textContent = content;
  else e.append(...content);
  return e;
}

const fixed = (n: number) => n.toFixed(1);

interface Placed {
  x: number;
  y: number;
  r: number;
  color: string;
  label: string | null;
  force: boolean;
}

function placedNodes(sigma: ExplorerSigma, nodes: readonly string[], offsetY: number): Map<string, Placed> {
  const pos = new Map<string, Placed>();
  for (const id of nodes) {
    const d = sigma.getNodeDisplayData(id);
    if (!d || d.hidden) continue;
    const p = sigma.framedGraphToViewport(d);
    pos.set(id, {
      x: p.x,
      y: p.y + offsetY,
      r: sigma.scaleSize(d.size),
      color: d.color,
      label: d.label,
      force: d.forceLabel,
    });
  }
  return pos;
}

function graphLayer(sigma: ExplorerSigma, nodes: readonly string[], offsetY: number): SVGElement[] {
  const keep = new Set(nodes);
  const pos = placedNodes(sigma, nodes, offsetY);
  const edges: SVGElement[] = [];
  sigma.getGraph().forEachEdge((edge, _a, from, to) => {
    if (!keep.has(from) || !keep.has(to)) return;
    const d = sigma.getEdgeDisplayData(edge);
    const a = pos.get(from);
    const b = pos.get(to);
    if (!d || d.hidden || !a || !b) return;
    const width = Math.max(0.5, sigma.scaleSize(d.size)).toFixed(2);
    edges.push(
      el("line", {
        x1: fixed(a.x),
        y1: fixed(a.y),
        x2: fixed(b.x),
        y2: fixed(b.y),
        stroke: d.color,
        "stroke-width": width,
      }),
    );
  });
  const circles = [...pos.values()].map((n) =>
    el("circle", { cx: fixed(n.x), cy: fixed(n.y), r: fixed(n.r), fill: n.color }),
  );
  // Labels: forced ones first, then the largest nodes, one per grid cell, like sigma's own.
  const taken = new Set<string>();
  const labels: SVGElement[] = [];
  const ranked = [...pos.values()]
    .filter((n) => n.label)
    .sort((a, b) => Number(b.force) - Number(a.force) || b.r - a.r);
  for (const n of ranked) {
    const cell = `${Math.floor(n.x / LABEL_CELL)}:${Math.floor(n.y / (LABEL_CELL / 3))}`;
    if (!n.force && (taken.has(cell) || n.r < 4.5)) continue;
    taken.add(cell);
    labels.push(el("text", { x: fixed(n.x + n.r + 3), y: fixed(n.y + 4) }, n.label!));
  }
  const labelStyle = {
    "font-family": FONT,
    "font-size": 12,
    fill: "#1b2129",
    stroke: "#fff",
    "stroke-width": 3,
    "paint-order": "stroke",
  };
  return [el("g", {}, edges), el("g", {}, circles), el("g", labelStyle, labels)];
}

export function buildSvg({ sigma, nodes, title, types, sources }: SvgInput): {
  svg: string;
  width: number;
  height: number;
} {
  const { width, height: graphHeight } = sigma.getDimensions();
  const legendItems = types.flatMap((t, i) => {
    const x = 16 + (i % 5) * Math.floor((width - 32) / 5);
    const y = HEADER + graphHeight + 20 + Math.floor(i / 5) * 20;
    return [el("circle", { cx: x + 6, cy: y - 4, r: 6, fill: colorOf(t) }), el("text", { x: x + 18, y }, t)];
  });
  const legendHeight = Math.ceil(types.length / 5) * 20 + 12;
  const note = wrap(
    `Sources: ${sources.length ? sources.join("; ") : "none cited by the relationships shown"}.`,
    width - 32,
    11,
  );
  const noteTop = HEADER + graphHeight + legendHeight + 14;
  const height = Math.ceil(noteTop + note.length * 15 + 10);
  const root = el("svg", { width, height, viewBox: `0 0 ${width} ${height}` }, [
    el("rect", { width: "100%", height: "100%", fill: CANVAS_BG }),
    el("text", { x: 16, y: 28, "font-family": FONT, "font-size": 18, "font-weight": 600, fill: "#111" }, title),
    el("svg", { x: 0, y: 0, width, height: HEADER + graphHeight }, graphLayer(sigma, nodes, HEADER)),
    el("g", { "font-family": FONT, "font-size": 12, fill: "#222" }, legendItems),
    el(
      "g",
      { "font-family": FONT, "font-size": 11, fill: "#444" },
      note.map((l, i) => el("text", { x: 16, y: noteTop + i * 15 }, l)),
    ),
  ]);
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}
