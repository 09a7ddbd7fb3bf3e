// The export formats: content type, file extension and renderer of each. Adding a format means
// adding an entry here; the export route reads this table only.
import type { SourceDocument } from "../../graph-data/schema/index.ts";
import type { Subgraph } from "../store/types.ts";
import { edgesCsv, nodesCsv } from "./csv.ts";
import { citedDocumentIds } from "./flatten.ts";
import { toGexf } from "./gexf.ts";
import { toGraphml } from "./graphml.ts";
import { toSvg } from "./svg.ts";

export interface ExportFormat {
  contentType: string;
  extension: string;
  render(g: Subgraph, documents: readonly SourceDocument[], part: "nodes" | "edges"): string;
}

export const EXPORT_FORMATS = {
  json: {
    contentType: "application/json; charset=utf-8",
    extension: "json",
    render: (g, documents) => {
      const cited = new Set(citedDocumentIds(g.edges));
      return JSON.stringify(
        { nodes: g.nodes, edges: g.edges, documents: documents.filter((d) => cited.has(d.id)) },
        null,
        2,
      );
    },
  },
  graphml: { contentType: "application/graphml+xml; charset=utf-8", extension: "graphml", render: (g) => toGraphml(g) },
  gexf: { contentType: "application/gexf+xml; charset=utf-8", extension: "gexf", render: (g) => toGexf(g) },
  csv: {
    contentType: "text/csv; charset=utf-8",
    extension: "csv",
    render: (g, _d, part) => (part === "nodes" ? nodesCsv(g) : edgesCsv(g)),
  },
  svg: { contentType: "image/svg+xml; charset=utf-8", extension: "svg", render: (g, d) => toSvg(g, d) },
} satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as [ExportFormatName, ...ExportFormatName[]];
