// Turns relationships into what an analyst checks: the figures a relation carries and each
// piece of evidence as quote + document citation (title, author, publisher, date). Shared by
// entity pages, paths, leverage and routes so a citation always reads the same.
import type { SourceDocument } from "../../graph-data/schema/index.ts";
import type { GraphEdge, GraphNode } from "../store/types.ts";

export interface Citation {
  id: string;
  title: string;
  author?: string;
  publisher?: string;
  date?: string;
  url?: string;
}

export interface EvidenceItem {
  quote: string;
  document: Citation;
}

export interface Figures {
  theme?: string;
  sector?: string;
  share?: number;
  amount?: number;
  unit?: string;
  year?: number;
  yearFrom?: number;
  yearTo?: number;
  note?: string;
  conflictsWith?: string[];
}

/** The figure properties a relationship may carry, in the order exports list them. */
export const FIGURE_KEYS = [
  "theme",
  "sector",
  "share",
  "amount",
  "unit",
  "year",
  "yearFrom",
  "yearTo",
  "note",
  "conflictsWith",
] as const;

export function figuresOf(edge: GraphEdge): Figures {
  const out: Record<string, unknown> = {};
  for (const k of FIGURE_KEYS) if (edge.properties[k] !== undefined) out[k] = edge.properties[k];
  return out as Figures;
}

export function citationOf(doc: SourceDocument | undefined, id: string): Citation {
  if (!doc) return { id, title: id };
  return { id, title: doc.title, author: doc.author, publisher: doc.publisher, date: doc.date, url: doc.url };
}

export function evidenceOf(edge: GraphEdge, documents: readonly SourceDocument[]): EvidenceItem[] {
  const sources = (edge.properties.sources as string[] | undefined) ?? [];
  const quotes = (edge.properties.quotes as string[] | undefined) ?? [];
  return sources.map((id, i) => ({
    quote: quotes[i] ?? "",
    document: citationOf(
      documents.find((d) => d.id === id),
      id,
    ),
  }));
}

export interface NodeRef {
  id: string;
  name: string;
  type: string;
}

export const refOf = (n: GraphNode): NodeRef => ({ id: n.id, name: String(n.properties.name ?? n.id), type: n.label });

export interface HopView {
  edge: string;
  type: string;
  from: NodeRef;
  to: NodeRef;
  /** `forward` when the relationship points along the path, `backward` when it is read in reverse. */
  direction: "forward" | "backward";
  figures: Figures;
  evidence: EvidenceItem[];
}

/** The hops of a path with their figures and evidence, in path order. */
export function hopsOf(
  path: { nodes: GraphNode[]; edges: GraphEdge[] },
  documents: readonly SourceDocument[],
): HopView[] {
  return path.edges.map((e, i) => ({
    edge: e.id,
    type: e.type,
    from: refOf(path.nodes[i]!),
    to: refOf(path.nodes[i + 1]!),
    direction: e.source === path.nodes[i]!.id ? "forward" : "backward",
    figures: figuresOf(e),
    evidence: evidenceOf(e, documents),
  }));
}
