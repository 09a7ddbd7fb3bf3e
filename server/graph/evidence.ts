// Turns relationships into what an analyst checks: the figures a relation carries and each
// piece of evidence as quote + document id, the shape graph-data/ itself uses. An answer cites
// each document once, in its `documents` map (title, author, publisher, date): repeating the
// citation beside every quote made a hub's entity page three times larger. Shared by entity
// pages, paths, leverage and routes so evidence always reads the same.
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
  /** The id of the document quoted; the answer's `documents` map holds its citation. */
  document: string;
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

export function evidenceOf(edge: GraphEdge): EvidenceItem[] {
  const sources = (edge.properties.sources as string[] | undefined) ?? [];
  const quotes = (edge.properties.quotes as string[] | undefined) ?? [];
  return sources.map((document, i) => ({ quote: quotes[i] ?? "", document }));
}

/** The citations of the documents `ids` names, once each, in the order the KB lists them. */
export function citationsOf(ids: Iterable<string>, documents: readonly SourceDocument[]): Record<string, Citation> {
  const wanted = new Set(ids);
  const out: Record<string, Citation> = {};
  for (const d of documents) if (wanted.delete(d.id)) out[d.id] = citationOf(d, d.id);
  // An id the KB does not list still gets an entry, so every evidence item resolves.
  for (const id of [...wanted].sort()) out[id] = citationOf(undefined, id);
  return out;
}

/** The ids of the documents quoted by these hops, relationships or other evidence holders. */
export const documentIdsOf = (items: Iterable<{ evidence: readonly EvidenceItem[] }>): Set<string> => {
  const ids = new Set<string>();
  for (const item of items) for (const e of item.evidence) ids.add(e.document);
  return ids;
};

/** The `documents` map of a ranked answer: every document its paths (their alternatives, the claims disputing them) quote. */
export const citationsOfPaths = (
  paths: readonly { hops: readonly HopView[]; alternatives?: readonly (readonly HopView[])[] }[],
  documents: readonly SourceDocument[],
): Record<string, Citation> =>
  citationsOf(
    documentIdsOf(
      paths.flatMap((p) => [...p.hops, ...(p.alternatives ?? []).flat()]).flatMap((h) => [h, ...(h.conflicts ?? [])]),
    ),
    documents,
  );

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
  /** Other documents' claims disputing this hop's figure (server/graph/conflicts.ts). */
  conflicts?: { id: string; from: string; to: string; figures: Figures; evidence: EvidenceItem[] }[];
}

/** The hops of a path with their figures and evidence, in path order. */
export function hopsOf(path: { nodes: GraphNode[]; edges: GraphEdge[] }): HopView[] {
  return path.edges.map((e, i) => ({
    edge: e.id,
    type: e.type,
    from: refOf(path.nodes[i]!),
    to: refOf(path.nodes[i + 1]!),
    direction: e.source === path.nodes[i]!.id ? "forward" : "backward",
    figures: figuresOf(e),
    evidence: evidenceOf(e),
  }));
}
