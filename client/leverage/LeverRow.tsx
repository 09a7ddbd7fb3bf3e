// One lever in the summary: what the dependent relies on, its documented shares as bars, the
// years and the number of documents; where no share is documented, what the documents do say.
// Clicking it isolates the lever on the graph and opens its evidence.
import type { Citations } from "../../contract/index.ts";
import type { Lever } from "../api/analysisTypes.ts";
import type { RankedPath } from "../api/types.ts";
import { LeverDetail } from "./LeverDetail.tsx";
import { ShareBars } from "./ShareBars.tsx";

const QUOTE_CHARS = 160;

/** What is known of a lever whose share no document gives: a note, else a quote, else the chain. */
function knownOf(lever: Lever, documents: Citations): string {
  const f = lever.figures[0];
  if (f?.note) return f.note;
  const e = f?.evidence[0];
  if (e) {
    const q = e.quote.length > QUOTE_CHARS ? `${e.quote.slice(0, QUOTE_CHARS)}…` : e.quote;
    return `“${q}” (${documents[e.document]?.title ?? e.document})`;
  }
  return lever.chain;
}

const yearsOf = (ys: number[]) =>
  ys.length ? (ys[0] === ys[ys.length - 1] ? String(ys[0]) : `${ys[0]}–${ys[ys.length - 1]}`) : "undated";

interface Props {
  lever: Lever;
  chosen: boolean;
  onToggle: () => void;
  paths: RankedPath[];
  documents: Citations;
  name: (id: string) => string;
}

export function LeverRow({ lever, chosen, onToggle, paths, documents, name }: Props) {
  const docs = lever.documents.length;
  return (
    <li className={chosen ? "lever chosen" : "lever"} data-lever={lever.id}>
      <button type="button" className="lever-head" aria-pressed={chosen} onClick={onToggle}>
        <span className="lever-name">{lever.asset.name}</span>
        {lever.disputed && (
          <span className="dispute-mark" title="The documents give conflicting figures">
            conflicting figures
          </span>
        )}
        <span className="lever-meta">
          {yearsOf(lever.years)} · {docs} document{docs === 1 ? "" : "s"}
        </span>
      </button>
      {lever.maxShare !== null ? (
        <ShareBars figures={lever.figures} documents={documents} />
      ) : (
        <p className="lever-known">
          <span className="unknown">Share not documented.</span> {knownOf(lever, documents)}
        </p>
      )}
      {chosen && <LeverDetail lever={lever} paths={paths} documents={documents} name={name} />}
    </li>
  );
}
