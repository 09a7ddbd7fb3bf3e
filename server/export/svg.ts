// SVG drawing of a subgraph: deterministic layout, arrows labelled with relation types and their
// figures, nodes coloured and labelled, labels placed without collisions (a label with no free
// spot is left out), a legend by entity type, and a footnote listing the documents cited.
// Built with xmlbuilder2, which escapes names and quotes from the documents.
import { create } from "xmlbuilder2";
import type { SourceDocument } from "../../graph-data/schema/index.ts";
import { colorOf } from "../../contract/palette.ts";
import type { Subgraph } from "../store/types.ts";
import { figureParts } from "../../contract/figures.ts";
import { nodeBox, placeLabels, type LabelRequest } from "../../contract/labelPlacement.ts";
import { citedDocumentIds } from "./flatten.ts";
import { layout } from "./layout.ts";

const SVG_NS = "http://www.w3.org/2000/svg";
const WIDTH = 1200;
const GRAPH_HEIGHT = 800;
const LINE = 18;
const NODE_R = 8;

/** Text width without a font engine: an average glyph is a bit over half the font size. */
const textWidth = (text: string, size: number) => text.length * size * 0.58 + 2;

const fixed = (n: number) => n.toFixed(1);

function citationLine(doc: Pick<SourceDocument, "id" | "title"> & Partial<SourceDocument>, i: number): string {
  const by = [doc.author, doc.publisher, doc.date].filter(Boolean).join(", ");
  return `[${i + 1}] ${doc.title}${by ? ` — ${by}` : ""} (${doc.id})`;
}

export function toSvg(g: Subgraph, documents: readonly SourceDocument[]): string {
  const cited = citedDocumentIds(g.edges).map((id) => documents.find((d) => d.id === id) ?? { id, title: id });
  const height = GRAPH_HEIGHT + 40 + cited.length * LINE;
  const pos = layout(g, { width: WIDTH, height: GRAPH_HEIGHT, margin: 80 });
  const types = [...new Set(g.nodes.map((n) => n.label))].sort();

  const svg = create().ele(SVG_NS, "svg", {
    width: WIDTH,
    height,
    viewBox: `0 0 ${WIDTH} ${height}`,
    "font-family": "sans-serif",
  });
  svg
    .ele("defs")
    .ele("marker", {
      id: "arrow",
      viewBox: "0 0 10 10",
      refX: 18,
      refY: 5,
      markerWidth: 6,
      markerHeight: 6,
      orient: "auto",
    })
    .ele("path", { d: "M0,0L10,5L0,10z", fill: "#999" });
  svg.ele("rect", { width: "100%", height: "100%", fill: "#fff" });

  // Legend boxes first, so no label is placed over them.
  const legendBox = { x: 10, y: 8, width: 140, height: types.length * LINE + 8 };
  const nodeObstacles = g.nodes.map((n) => nodeBox(n.id, pos.get(n.id)!.x, pos.get(n.id)!.y, NODE_R));
  const requests: LabelRequest[] = [];
  const texts = new Map<string, { text: string; size: number; fill: string }>();
  for (const n of g.nodes) {
    const p = pos.get(n.id)!;
    const text = String(n.properties.name ?? n.id);
    texts.set(n.id, { text, size: 12, fill: "#1b2129" });
    // Node labels before relation labels; better-connected nodes first.
    const degree = g.edges.filter((e) => e.source === n.id || e.target === n.id).length;
    requests.push({
      id: n.id,
      x: p.x,
      y: p.y,
      r: NODE_R,
      width: textWidth(text, 12),
      height: 15,
      priority: 1000 + degree,
    });
  }
  for (const e of g.edges) {
    const a = pos.get(e.source);
    const b = pos.get(e.target);
    if (!a || !b) continue;
    const line = { x1: fixed(a.x), y1: fixed(a.y), x2: fixed(b.x), y2: fixed(b.y) };
    svg.ele("line", { ...line, stroke: "#bbb", "marker-end": "url(#arrow)" });
    const text = [e.type, ...figureParts(e.properties)].join(" · ");
    const id = `edge:${e.id}`;
    texts.set(id, { text, size: 9, fill: "#667" });
    requests.push({
      id,
      x: (a.x + b.x) / 2,
      y: (a.y + b.y) / 2,
      r: 0,
      width: textWidth(text, 9),
      height: 11,
      priority: 0,
    });
  }
  for (const n of g.nodes) {
    const p = pos.get(n.id)!;
    svg
      .ele("circle", { cx: fixed(p.x), cy: fixed(p.y), r: NODE_R, fill: colorOf(n.label) })
      .ele("title")
      .txt(n.id);
  }
  // Every label that finds a free spot is drawn; one that would overlap another is left out.
  const bounds = { x: 0, y: 0, width: WIDTH, height: GRAPH_HEIGHT };
  const labels = svg.ele("g", { "paint-order": "stroke", stroke: "#fff", "stroke-width": 3, "data-part": "labels" });
  for (const l of placeLabels(requests, bounds, [...nodeObstacles, legendBox])) {
    const t = texts.get(l.id)!;
    const box = [l.box.x, l.box.y, l.box.width, l.box.height].map(fixed).join(" ");
    labels
      .ele("text", { x: fixed(l.textX), y: fixed(l.baseline), "font-size": t.size, fill: t.fill, "data-box": box })
      .txt(t.text);
  }
  types.forEach((t, i) => {
    svg.ele("circle", { cx: 20, cy: 20 + i * LINE, r: 6, fill: colorOf(t) });
    svg.ele("text", { x: 32, y: 24 + i * LINE, "font-size": 12 }).txt(t);
  });
  svg.ele("text", { x: 20, y: GRAPH_HEIGHT + 20, "font-size": 12, "font-weight": "bold" }).txt("Sources");
  cited.forEach((doc, i) => {
    svg.ele("text", { x: 20, y: GRAPH_HEIGHT + 38 + i * LINE, "font-size": 11 }).txt(citationLine(doc, i));
  });
  return svg.end({ headless: true, prettyPrint: true }) + "\n";
}
