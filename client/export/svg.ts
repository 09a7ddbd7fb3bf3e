// Renders what sigma shows (after reducers: colours, dimming, highlight) as a standalone
// SVG with a title, a legend and a sources footnote. The PNG export rasterises this SVG, so
// both formats stay identical and crisp at any scale.
import type { ExplorerSigma } from "../state/dataContext.ts";
import { CANVAS_BG, colorOf } from "../graph/palette.ts";
import { esc, wrap } from "./svgText.ts";

export interface SvgInput {
  sigma: ExplorerSigma;
  nodes: readonly string[];
  title: string;
  types: readonly string[];
  sources: readonly string[];
}

const HEADER = 44;
const FONT = "system-ui, -apple-system, 'Segoe UI', sans-serif";
const LABEL_CELL = 110;

function graphLayer(sigma: ExplorerSigma, nodes: readonly string[], offsetY: number): string {
  const graph = sigma.getGraph();
  const keep = new Set(nodes);
  const pos = new Map<
    string,
    { x: number; y: number; r: number; color: string; label: string | null; force: boolean }
  >();
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
  const edges: string[] = [];
  graph.forEachEdge((edge, _a, from, to) => {
    if (!keep.has(from) || !keep.has(to)) return;
    const d = sigma.getEdgeDisplayData(edge);
    const a = pos.get(from);
    const b = pos.get(to);
    if (!d || d.hidden || !a || !b) return;
    edges.push(
      `<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="${d.color}" stroke-width="${Math.max(0.5, sigma.scaleSize(d.size)).toFixed(2)}"/>`,
    );
  });
  const circles = [...pos.values()].map(
    (n) => `<circle cx="${n.x.toFixed(1)}" cy="${n.y.toFixed(1)}" r="${n.r.toFixed(1)}" fill="${n.color}"/>`,
  );
  // Labels: forced ones first, then the largest nodes, one per grid cell, like sigma's own.
  const taken = new Set<string>();
  const labels: string[] = [];
  const ranked = [...pos.values()]
    .filter((n) => n.label)
    .sort((a, b) => Number(b.force) - Number(a.force) || b.r - a.r);
  for (const n of ranked) {
    const cell = `${Math.floor(n.x / LABEL_CELL)}:${Math.floor(n.y / (LABEL_CELL / 3))}`;
    if (!n.force && (taken.has(cell) || n.r < 4.5)) continue;
    taken.add(cell);
    labels.push(`<text x="${(n.x + n.r + 3).toFixed(1)}" y="${(n.y + 4).toFixed(1)}">${esc(n.label!)}</text>`);
  }
  return `<g>${edges.join("")}</g><g>${circles.join("")}</g><g font-family="${FONT}" font-size="12" fill="#1b2129" stroke="#fff" stroke-width="3" paint-order="stroke">${labels.join("")}</g>`;
}

export function buildSvg({ sigma, nodes, title, types, sources }: SvgInput): {
  svg: string;
  width: number;
  height: number;
} {
  const { width, height: graphHeight } = sigma.getDimensions();
  const legendItems = types.map((t, i) => {
    const x = 16 + (i % 5) * Math.floor((width - 32) / 5);
    const y = HEADER + graphHeight + 20 + Math.floor(i / 5) * 20;
    return `<circle cx="${x + 6}" cy="${y - 4}" r="6" fill="${colorOf(t)}"/><text x="${x + 18}" y="${y}">${esc(t)}</text>`;
  });
  const legendHeight = Math.ceil(types.length / 5) * 20 + 12;
  const note = wrap(
    `Sources: ${sources.length ? sources.join("; ") : "none cited by the relationships shown"}.`,
    width - 32,
    11,
  );
  const noteTop = HEADER + graphHeight + legendHeight + 14;
  const height = Math.ceil(noteTop + note.length * 15 + 10);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="${CANVAS_BG}"/>`,
    `<text x="16" y="28" font-family="${FONT}" font-size="18" font-weight="600" fill="#111">${esc(title)}</text>`,
    `<svg x="0" y="0" width="${width}" height="${HEADER + graphHeight}">${graphLayer(sigma, nodes, HEADER)}</svg>`,
    `<g font-family="${FONT}" font-size="12" fill="#222">${legendItems.join("")}</g>`,
    `<g font-family="${FONT}" font-size="11" fill="#444">${note.map((l, i) => `<text x="16" y="${noteTop + i * 15}">${esc(l)}</text>`).join("")}</g>`,
    `</svg>`,
  ].join("");
  return { svg, width, height };
}
