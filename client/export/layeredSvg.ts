// A report figure for paths and routes: the highlighted nodes and relations as a layered
// left-to-right diagram (dagre, client/figures/layered.ts), each node a box in its type's
// colour, each relation labelled with its type and figures (80 %, 1.4 Mt, the year) and the
// footnote numbers of its quotes. Dagre lays label boxes out like nodes, so no two overlap.
import { figureParts } from "../../contract/figures.ts";
import type { ApiEdge, ApiNode } from "../api/types.ts";
import { layered } from "../figures/layered.ts";
import { colorOf } from "../graph/palette.ts";
import { el, fixed, FONT, frame, textWidth } from "./svgParts.ts";
import type { Footnote } from "./sources.ts";

export interface LayeredInput {
  title: string;
  nodes: readonly ApiNode[];
  /** Node ids in the order of travel (a path's or route's order); relations are ranked along it. */
  order: readonly string[];
  edges: readonly ApiEdge[];
  footnote: Footnote;
  /** Width of the figure; the drawing is scaled down to it when wider, never up. */
  width: number;
}

const NODE_FONT = 13;
const EDGE_FONT = 11;
const MARGIN = 16;

export const edgeLabel = (e: ApiEdge, refs: readonly number[] = []): string =>
  [e.type, ...figureParts(e)].join(" · ") + (refs.length ? ` [${refs.join(", ")}]` : "");

export function buildLayeredSvg(o: LayeredInput): { svg: string; width: number; height: number } {
  const labels = new Map(o.edges.map((e) => [e.id, edgeLabel(e, o.footnote.refs.get(e.id))]));
  // A route may cross a relation against its direction (a corridor TRANSITS Kazakhstan): it is
  // laid out along the travel, and its arrow still points to the relation's target.
  const rank = new Map(o.order.map((id, i) => [id, i]));
  const against = (e: ApiEdge) => (rank.get(e.from) ?? 0) > (rank.get(e.to) ?? 0);
  const layout = layered(
    o.nodes.map((n) => ({ id: n.id, width: textWidth(n.name, NODE_FONT, 600) + 24, height: 30 })),
    o.edges.map((e) => ({
      id: e.id,
      from: against(e) ? e.to : e.from,
      to: against(e) ? e.from : e.to,
      labelWidth: textWidth(labels.get(e.id)!, EDGE_FONT) + 8,
      labelHeight: EDGE_FONT + 6,
    })),
  );
  const scale = Math.min(1, (o.width - 2 * MARGIN) / Math.max(1, layout.width));
  const height = Math.ceil(layout.height * scale + 2 * MARGIN);
  const byId = new Map(o.nodes.map((n) => [n.id, n]));
  const edges = o.edges.flatMap((e) => {
    const geo = layout.edges.get(e.id);
    if (!geo || geo.points.length < 2) return [];
    const points = against(e) ? [...geo.points].reverse() : geo.points;
    const d = points.map((p, i) => `${i ? "L" : "M"}${fixed(p.x)},${fixed(p.y)}`).join("");
    const text = labels.get(e.id)!;
    const w = textWidth(text, EDGE_FONT) + 8;
    return [
      el("path", { d, fill: "none", stroke: "#6b7682", "stroke-width": 1.5, "marker-end": "url(#arrow)" }),
      el("g", { "data-part": "edge-label", "data-edge": e.id }, [
        el("rect", {
          x: fixed(geo.label.x - w / 2),
          y: fixed(geo.label.y - (EDGE_FONT + 6) / 2),
          width: fixed(w),
          height: EDGE_FONT + 6,
          rx: 3,
          fill: "#fff",
          stroke: "#d5dae0",
        }),
        el("text", { x: fixed(geo.label.x), y: fixed(geo.label.y + EDGE_FONT / 2 - 1), "text-anchor": "middle" }, text),
      ]),
    ];
  });
  const nodes = [...layout.nodes.entries()].map(([id, p]) => {
    const n = byId.get(id)!;
    const w = textWidth(n.name, NODE_FONT, 600) + 24;
    return el("g", { "data-part": "node", "data-id": id }, [
      el("rect", {
        x: fixed(p.x - w / 2),
        y: fixed(p.y - 15),
        width: fixed(w),
        height: 30,
        rx: 6,
        fill: colorOf(n.type),
      }),
      el(
        "text",
        { x: fixed(p.x), y: fixed(p.y + 4.5), "text-anchor": "middle", fill: "#fff", "font-weight": 600 },
        n.name,
      ),
    ]);
  });
  const defs = el("defs", {}, [
    el(
      "marker",
      { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto" },
      [el("path", { d: "M0,0L10,5L0,10z", fill: "#6b7682" })],
    ),
  ]);
  const drawing = el(
    "g",
    { transform: `translate(${MARGIN},${MARGIN}) scale(${scale.toFixed(4)})`, "font-family": FONT },
    [el("g", { "font-size": EDGE_FONT, fill: "#1b2129" }, edges), el("g", { "font-size": NODE_FONT }, nodes)],
  );
  const types = [...new Set(o.nodes.map((n) => n.type))].sort();
  return frame({
    width: o.width,
    height,
    title: o.title,
    drawing: [defs, drawing],
    types,
    sources: o.footnote.lines,
    background: "#ffffff",
  });
}
