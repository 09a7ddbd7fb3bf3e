// Glue for image exports: gathers the subject, legend types and cited sources from the
// current state, builds the SVG, and downloads it as SVG or PNG at the chosen scale.
import type { KnowledgeGraph, ExplorerSigma } from "../state/dataContext.ts";
import { explorerStore } from "../state/explorer.ts";
import { downloadBlob, fileStamp } from "./download.ts";
import { lastExport } from "./lastExport.ts";
import { svgToPng } from "./png.ts";
import { subjectNodes, type Subject } from "./subject.ts";
import { buildSvg } from "./svg.ts";

export interface ImageOptions {
  subject: Subject;
  title: string;
  format: "png" | "svg";
  scale: number;
}

function citedSources(kg: KnowledgeGraph, nodes: ReadonlySet<string>): string[] {
  const docs = new Set<string>();
  for (const e of kg.data.edges)
    if (nodes.has(e.from) && nodes.has(e.to)) for (const ev of e.evidence) docs.add(ev.document);
  const titles = new Map(
    (kg.meta?.documents ?? []).map((d) => [d.id, [d.title, d.author, d.publisher, d.date].filter(Boolean).join(", ")]),
  );
  return [...docs].sort().map((d) => titles.get(d) ?? d);
}

export async function exportImage(
  sigma: ExplorerSigma,
  kg: KnowledgeGraph,
  o: ImageOptions,
): Promise<{ width: number; height: number }> {
  const nodes = subjectNodes(kg.display, explorerStore.get(), o.subject);
  if (!nodes.length)
    throw new Error(o.subject === "selection" ? "Nothing is selected to export." : "Nothing is visible to export.");
  const set = new Set(nodes);
  const types = [...new Set(nodes.map((id) => kg.display.getNodeAttribute(id, "entityType")))].sort();
  const { svg, width, height } = buildSvg({ sigma, nodes, title: o.title, types, sources: citedSources(kg, set) });
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
