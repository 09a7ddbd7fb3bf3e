// The hops of one ranked path, folded by default: each relation with its figures and the
// quotes and citations that support it, and any other document's disagreeing claim beside it.
import type { PathHop } from "../api/types.ts";
import { Disagreements } from "./Disagreement.tsx";
import { Quote } from "../documents/Quote.tsx";

export function PathHops({ hops, name, open }: { hops: PathHop[]; name: (id: string) => string; open?: boolean }) {
  return (
    <details className="hops" open={open}>
      <summary>
        Evidence for the {hops.length} hop{hops.length === 1 ? "" : "s"}
      </summary>
      <ol>
        {hops.map((h, i) => (
          <li key={i}>
            <p className="relation-head">
              {name(h.backward ? h.to : h.from)} <strong>{h.type}</strong> {name(h.backward ? h.from : h.to)}
              {h.figure && <span className="figure"> {h.figure}</span>}
            </p>
            {h.evidence.map((e, j) => (
              <Quote key={j} quote={e.quote} document={e.document} citation={e.citation} />
            ))}
            <Disagreements claims={h.conflicts} />
          </li>
        ))}
      </ol>
    </details>
  );
}
