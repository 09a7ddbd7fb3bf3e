// The footnote of a figure: each quote that supports a drawn relationship, numbered, with the
// document it comes from (title, author, date), then any other document's claim disputing a
// drawn figure. A figure with more quotes than a footnote can hold lists the documents instead,
// each once.
import type { ApiEdge, DocumentInfo } from "../api/types.ts";
import { describeFigure, describeYear } from "../graph/entityDetail.ts";

export const MAX_QUOTES = 40;

const cite = (d: DocumentInfo | undefined, id: string): string =>
  d ? [d.title, d.author, d.publisher, d.date].filter(Boolean).join(", ") : id;

export interface Footnote {
  lines: string[];
  /** Footnote number of each quote, by relationship id, for references on edge labels. */
  refs: Map<string, number[]>;
}

/**
 * `disputes` looks up the relations a drawn one lists in `conflictsWith`: each disputing claim is
 * added after the quotes, against the numbers of the figure it disputes, with its own figure,
 * quote and document — a figure is never exported without the other document's claim.
 */
export function footnote(
  edges: readonly ApiEdge[],
  documents: readonly DocumentInfo[],
  disputes?: (id: string) => ApiEdge | undefined,
): Footnote {
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
  if (disputes) lines.push(...disputeLines(edges, refs, disputes, (id) => cite(docs.get(id), id)));
  return { lines, refs };
}

const numbers = (ns: number[] | undefined) => `[${(ns ?? []).join(", ")}]`;

function disputeLines(
  edges: readonly ApiEdge[],
  refs: ReadonlyMap<string, number[]>,
  disputes: (id: string) => ApiEdge | undefined,
  citeDoc: (id: string) => string,
): string[] {
  const drawn = new Set(edges.map((e) => e.id));
  const out: string[] = [];
  for (const e of edges) {
    for (const id of e.conflictsWith) {
      const other = disputes(id);
      if (!other) continue;
      const figure = [describeFigure(other), describeYear(other)].filter(Boolean).join(", ");
      // Both claims drawn: one line pairing their numbers (written once, from the smaller id).
      if (drawn.has(id)) {
        if (e.id < id) out.push(`≠ ${numbers(refs.get(e.id))} and ${numbers(refs.get(id))} disagree`);
        continue;
      }
      for (const q of other.evidence)
        out.push(
          `≠ ${numbers(refs.get(e.id))} disputed${figure ? ` (${figure})` : ""}: « ${q.quote} » — ${citeDoc(q.document)}`,
        );
    }
  }
  return out;
}
