// One isolated lever: every figure behind it with its quotes and sources, any disagreeing
// claim beside the figure it disputes, and the evidence for each hop of its path.
import type { Citations } from "../../contract/index.ts";
import type { Lever } from "../api/analysisTypes.ts";
import { citationText, conflictView, describeFigures } from "../api/convert.ts";
import type { RankedPath } from "../api/types.ts";
import { Disagreements } from "../components/Disagreement.tsx";
import { PathHops } from "../components/PathHops.tsx";
import { Quote } from "../documents/Quote.tsx";

interface Props {
  lever: Lever;
  paths: RankedPath[];
  documents: Citations;
  name: (id: string) => string;
}

export function LeverDetail({ lever, paths, documents, name }: Props) {
  const path = lever.ranks.map((r) => paths[r - 1]).find((p) => p !== undefined);
  return (
    <div className="lever-detail" data-testid="lever-detail">
      {lever.figures.map((f) => (
        <div key={f.edge} className="lever-figure">
          <p className="relation-head">
            <strong>{f.type}</strong>{" "}
            <span className="figure">
              {describeFigures({ ...f, share: f.share ?? undefined }) || "no figure documented"}
            </span>
          </p>
          {f.note && <p className="note">{f.note}</p>}
          {f.evidence.map((e, i) => (
            <Quote key={i} quote={e.quote} document={e.document} citation={citationText(e.document, documents)} />
          ))}
          <Disagreements claims={f.conflicts.map((c) => conflictView(c, documents))} />
        </div>
      ))}
      {path && <PathHops hops={path.hops} name={name} open />}
    </div>
  );
}
