// A claim from another document that disagrees with a figure on screen, shown beside it with
// its own figure, quote and source, so the reader sees both documents at once.
import type { CitedQuote } from "../api/types.ts";
import { Quote } from "../documents/Quote.tsx";

export interface DisagreementView {
  edge: string;
  figure: string;
  evidence: CitedQuote[];
}

export function Disagreements({ claims }: { claims: DisagreementView[] }) {
  if (!claims.length) return null;
  return (
    <div className="disagreements" role="note" aria-label="Disagreeing claims">
      {claims.map((c) => (
        <div key={c.edge} className="disagreement" data-edge={c.edge}>
          <p className="disagreement-head">
            <span className="dispute-mark">another document says</span> <strong>{c.figure || "otherwise"}</strong>
          </p>
          {c.evidence.map((e, i) => (
            <Quote key={i} quote={e.quote} document={e.document} citation={e.citation} />
          ))}
        </div>
      ))}
    </div>
  );
}
