// SVG drawing of a subgraph: deterministic layout, arrows labelled with relation types, nodes
// coloured and labelled, a legend by entity type, and a footnote listing the documents cited.
// Built with xmlbuilder2, which escapes names and quotes from the documents.
import { create } from "xmlbuilder2";
import type { SourceDocument } from "../../graph-data/schema/index.ts";
import { colorOf } from "../../contract/palette.ts";
import type { Subgraph } from "../store/types.ts";
import { citedDocumentIds } from "./flatten.ts";
import { layout } from "./layout.ts";

const SVG_NS = "http://www.w3.org/2000/svg";
const WIDTH = 1200;
const GRAPH_HEIGHT = 800;
const LINE = 18;

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

  for (const e of g.edges) {
    const a = pos.get(e.source);
    const b = pos.get(e.target);
    if (!a || !b) continue;
    const line = { x1: fixed(a.x), y1: fixed(a.y), x2: fixed(b.x), y2: fixed(b.y) };
    svg.ele("line", { ...line, stroke: "#bbb", "marker-end": "url(#arrow)" });
    svg
      .ele("text", {
        x: fixed((a.x + b.x) / 2),
        y: fixed((a.y + b.y) / 2),
        "font-size": 9,
        fill: "#888",
        "text-anchor": "middle",
      })
      .txt(e.type);
  }
  for (const n of g.nodes) {
    const p = pos.get(n.id)!;
    svg
      .ele("circle", { cx: fixed(p.x), cy: fixed(p.y), r: 8, fill: colorOf(n.label) })
      .ele("title")
      .txt(n.id);
    svg.ele("text", { x: fixed(p.x + 11), y: fixed(p.y + 4), "font-size": 12 }).txt(String(n.properties.name ?? n.id));
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
