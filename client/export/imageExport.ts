// Glue for exports made in the browser: gathers the subject's nodes and relations, the
// legend's types and the footnote from the current state, builds the figure — the graph as
// drawn, or the layered diagram for paths and routes — and downloads it as SVG, PNG (1×–4×)
// or, for the data, GEXF with the on-screen look.
import type { ApiEdge, ApiNode } from "../api/types.ts";
import type { KnowledgeGraph, ExplorerSigma } from "../state/dataContext.ts";
import { explorerStore } from "../state/explorer.ts";
import { downloadBlob, fileStamp } from "./download.ts";
import { toGexf } from "./gexf.ts";
import { lastExport } from "./lastExport.ts";
import { buildLayeredSvg } from "./layeredSvg.ts";
import { svgToPng } from "./png.ts";
import { footnote } from "./sources.ts";
import { subjectEdges, subjectNodes, type Subject } from "./subject.ts";
import { buildSvg } from "./svg.ts";

export type FigureStyle = "graph" | "layered";

export interface ImageOptions {
  subject: Subject;
  style: FigureStyle;
  title: string;
  format: "png" | "svg";
  scale: number;
}

const EMPTY: Record<Subject, string> = {
  analysis: "No analysis is shown: choose a leverage path, a route, a path or run a query first.",
  selection: "Nothing is selected to export.",
  view: "Nothing is visible to export.",
};

/** The subject as data: its entities and relations from the knowledge graph (with evidence). */
export function subjectData(
  kg: KnowledgeGraph,
  subject: Subject,
): { nodes: ApiNode[]; edges: ApiEdge[]; order: string[] } {
  const s = explorerStore.get();
  const ids = subjectNodes(kg.display, s, subject);
  if (!ids.length) throw new Error(EMPTY[subject]);
  const edgeIds = new Set(subjectEdges(kg.display, s, subject, ids));
  const keep = new Set(ids);
  return {
    order: ids,
    nodes: kg.data.nodes.filter((n) => keep.has(n.id)),
    edges: kg.data.edges.filter((e) => edgeIds.has(e.id)),
  };
}

function figure(sigma: ExplorerSigma, kg: KnowledgeGraph, o: ImageOptions) {
  const { nodes, edges, order } = subjectData(kg, o.subject);
  const note = footnote(edges, kg.meta?.documents ?? [], (id) => kg.index.edges.get(id));
  if (o.style === "layered")
    return buildLayeredSvg({ title: o.title, nodes, order, edges, footnote: note, width: sigma.getDimensions().width });
  const types = [...new Set(nodes.map((n) => n.type))].sort();
  return buildSvg({ sigma, nodes: nodes.map((n) => n.id), title: o.title, types, sources: note.lines });
}

export async function exportImage(
  sigma: ExplorerSigma,
  kg: KnowledgeGraph,
  o: ImageOptions,
): Promise<{ width: number; height: number }> {
  const { svg, width, height } = figure(sigma, kg, o);
  const name = `kz-leverage-${fileStamp()}`;
  if (o.format === "svg") {
    downloadBlob(new Blob([svg], { type: "image/svg+xml" }), `${name}.svg`);
    lastExport.value = { kind: "svg", width, height };
    return { width, height };
  }
  const png = await svgToPng(svg, width, height, o.scale);
  downloadBlob(png.blob, `${name}@${o.scale}x.png`);
  lastExport.value = { kind: "png", width: png.width, height: png.height };
  return { width: png.width, height: png.height };
}

export function exportGexf(sigma: ExplorerSigma, kg: KnowledgeGraph, subject: Subject): number {
  const { nodes, edges } = subjectData(kg, subject);
  const gexf = toGexf(sigma, nodes, edges);
  downloadBlob(new Blob([gexf], { type: "application/gexf+xml" }), `kz-leverage-${fileStamp()}.gexf`);
  return nodes.length;
}
