// The footnote of a figure: each quote that supports a drawn relationship, numbered, with the
// document it comes from (title, author, date). A figure with more quotes than a footnote can
// hold lists the documents instead, each once.
import type { ApiEdge, DocumentInfo } from "../api/types.ts";

export const MAX_QUOTES = 40;

const cite = (d: DocumentInfo | undefined, id: string): string =>
  d ? [d.title, d.author, d.publisher, d.date].filter(Boolean).join(", ") : id;

export interface Footnote {
  lines: string[];
  /** Footnote number of each quote, by relationship id, for references on edge labels. */
  refs: Map<string, number[]>;
}

export function footnote(edges: readonly ApiEdge[], documents: readonly DocumentInfo[]): Footnote {
  const docs = new Map(documents.map((d) => [d.id, d]));
  const refs = new Map<string, number[]>();
  const quotes = edges.flatMap((e) => e.evidence.map((ev) => ({ edge: e.id, ...ev })));
  if (quotes.length > MAX_QUOTES) {
    const cited = [...new Set(quotes.map((q) => q.document))].sort();
    return { lines: cited.map((id) => cite(docs.get(id), id)), refs };
  }
  const lines = quotes.map((q, i) => {
    refs.set(q.edge, [...(refs.get(q.edge) ?? []), i + 1]);
    return `[${i + 1}] « ${q.quote} » — ${cite(docs.get(q.document), q.document)}`;
  });
  return { lines, refs };
}
