// SVG drawing of a subgraph: deterministic layout, arrows labelled with relation types, nodes
// coloured and labelled, a legend by entity type, and a footnote listing the documents cited.
import type { SourceDocument } from "../../graph-data/schema/index.ts";
import { ENTITY_TYPES } from "../../graph-data/schema/index.ts";
import type { Subgraph } from "../store/types.ts";
import { citedDocumentIds } from "./flatten.ts";
import { xmlEscape } from "./graphml.ts";
import { layout } from "./layout.ts";

const PALETTE = [
  "#d1495b",
  "#00798c",
  "#edae49",
  "#30638e",
  "#66a182",
  "#8d6a9f",
  "#e07a5f",
  "#7a7a7a",
  "#3d405b",
  "#a0522d",
];
const colourOf = (type: string) =>
  PALETTE[Math.max(0, (ENTITY_TYPES as readonly string[]).indexOf(type)) % PALETTE.length]!;

export function toSvg(g: Subgraph, documents: readonly SourceDocument[]): string {
  const width = 1200;
  const cited = citedDocumentIds(g.edges).map((id) => documents.find((d) => d.id === id) ?? { id, title: id });
  const graphHeight = 800;
  const height = graphHeight + 40 + cited.length * 18;
  const pos = layout(g, { width, height: graphHeight, margin: 80 });
  const types = [...new Set(g.nodes.map((n) => n.label))].sort();
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="18" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0L10,5L0,10z" fill="#999"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
  ];
  for (const e of g.edges) {
    const a = pos.get(e.source);
    const b = pos.get(e.target);
    if (!a || !b) continue;
    parts.push(
      `<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="#bbb" marker-end="url(#arrow)"/>`,
      `<text x="${((a.x + b.x) / 2).toFixed(1)}" y="${((a.y + b.y) / 2).toFixed(1)}" font-size="9" fill="#888" text-anchor="middle">${e.type}</text>`,
    );
  }
  for (const n of g.nodes) {
    const p = pos.get(n.id)!;
    parts.push(
      `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="8" fill="${colourOf(n.label)}"><title>${xmlEscape(n.id)}</title></circle>`,
      `<text x="${(p.x + 11).toFixed(1)}" y="${(p.y + 4).toFixed(1)}" font-size="12">${xmlEscape(String(n.properties.name ?? n.id))}</text>`,
    );
  }
  types.forEach((t, i) => {
    parts.push(
      `<circle cx="20" cy="${20 + i * 18}" r="6" fill="${colourOf(t)}"/>`,
      `<text x="32" y="${24 + i * 18}" font-size="12">${t}</text>`,
    );
  });
  parts.push(`<text x="20" y="${graphHeight + 20}" font-size="12" font-weight="bold">Sources</text>`);
  cited.forEach((d, i) => {
    const doc = d as Partial<SourceDocument> & { id: string; title: string };
    const by = [doc.author, doc.publisher, doc.date].filter(Boolean).join(", ");
    parts.push(
      `<text x="20" y="${graphHeight + 38 + i * 18}" font-size="11">[${i + 1}] ${xmlEscape(doc.title)}${by ? ` — ${xmlEscape(by)}` : ""} (${xmlEscape(doc.id)})</text>`,
    );
  });
  parts.push(`</svg>`, "");
  return parts.join("\n");
}
