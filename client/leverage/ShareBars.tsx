// A lever's documented shares as bars, one per figure, each with its percentage, year and
// document; a figure another document disputes carries a mark and the disputing claim beside it.
import type { Citations } from "../../contract/index.ts";
import { describeSpan } from "../../contract/years.ts";
import type { LeverFigure } from "../api/analysisTypes.ts";
import { pct } from "../api/convert.ts";

const docName = (id: string, docs: Citations) => docs[id]?.author ?? docs[id]?.publisher ?? docs[id]?.title ?? id;

export function ShareBars({ figures, documents }: { figures: LeverFigure[]; documents: Citations }) {
  const known = figures.filter((f) => f.share !== null);
  return (
    <ul className="share-bars">
      {known.map((f) => {
        const sources = [...new Set(f.evidence.map((e) => docName(e.document, documents)))].join(", ");
        const year = describeSpan(f);
        return (
          <li key={f.edge} className={f.conflicts.length ? "disputed" : undefined}>
            <span className="bar" aria-hidden="true">
              <span style={{ width: `${(f.share ?? 0) * 100}%` }} />
            </span>
            <span className="share-value">{pct(f.share!)}</span>
            <span className="share-source">
              {[f.sector?.replaceAll("-", " "), year, sources].filter(Boolean).join(" · ")}
            </span>
            {f.conflicts.length > 0 && (
              <span className="dispute-mark" title="Another document gives a different figure">
                disputed
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
