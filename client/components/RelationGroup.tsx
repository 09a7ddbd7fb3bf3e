// One relationship type of the entity panel, folded to its heading and count until opened:
// each relation with its figure, year, evidence quotes and citations (which open the documents
// list). Conflicting relations of the same type sit side by side; a conflicting claim elsewhere
// in the graph is shown beside the figure it disputes.
import type { ApiEdge, DocumentInfo, EntityRelation } from "../api/types.ts";
import { describeFigure, describeYear } from "../graph/entityDetail.ts";
import { Quote } from "../documents/Quote.tsx";
import { select } from "../state/actions.ts";
import { useKnowledgeGraph } from "../state/dataContext.ts";
import { Disagreements } from "./Disagreement.tsx";

interface Props {
  type: string;
  relations: EntityRelation[];
  /** Relations of this type before the panel's text filter. */
  total: number;
  documents: ReadonlyMap<string, DocumentInfo>;
  open: boolean;
  onToggle: (open: boolean) => void;
}

const citationText = (id: string, documents: Props["documents"]) => {
  const d = documents.get(id);
  if (!d) return id;
  const by = [d.author, d.publisher, d.date].filter(Boolean).join(", ");
  return `${d.title}${by ? ` — ${by}` : ""}`;
};

function Relation({
  r,
  documents,
  elsewhere,
}: {
  r: EntityRelation;
  documents: Props["documents"];
  elsewhere: ApiEdge[];
}) {
  const figure = describeFigure(r);
  const year = describeYear(r);
  return (
    <div className="relation" data-relation={r.id}>
      <p className="relation-head">
        <span className="direction" aria-label={r.direction === "out" ? "to" : "from"}>
          {r.direction === "out" ? "→" : "←"}
        </span>{" "}
        <button type="button" className="link" onClick={() => select(r.other.id)}>
          {r.other.name}
        </button>
        {figure && <span className="figure"> {figure}</span>}
        {year && <span className="year"> ({year})</span>}
      </p>
      {r.note && <p className="note">{r.note}</p>}
      {r.evidence.map((e, i) => (
        <Quote key={i} quote={e.quote} document={e.document} citation={citationText(e.document, documents)} />
      ))}
      <Disagreements
        claims={elsewhere.map((x) => ({
          edge: x.id,
          figure: [describeFigure(x), describeYear(x)].filter(Boolean).join(" · "),
          evidence: x.evidence.map((e) => ({ ...e, citation: citationText(e.document, documents) })),
        }))}
      />
    </div>
  );
}

export function RelationGroup({ type, relations, total, documents, open, onToggle }: Props) {
  const { index } = useKnowledgeGraph();
  const byId = new Map(relations.map((r) => [r.id, r]));
  const shown = new Set<string>();
  // Conflicting claims that are not in this group (another entity's relation): shown beside the figure.
  const elsewhere = (r: EntityRelation) =>
    r.conflictsWith.filter((id) => !byId.has(id)).flatMap((id) => index.edges.get(id) ?? []);
  return (
    <details
      className="relation-group"
      data-type={type}
      open={open}
      onToggle={(e) => onToggle((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <h3>
          {type} <span className="count">{relations.length === total ? total : `${relations.length} of ${total}`}</span>
        </h3>
      </summary>
      {open &&
        relations.map((r) => {
          if (shown.has(r.id)) return null;
          shown.add(r.id);
          const rivals = r.conflictsWith
            .map((id) => byId.get(id))
            .filter((x): x is EntityRelation => !!x && !shown.has(x.id));
          if (!rivals.length) return <Relation key={r.id} r={r} documents={documents} elsewhere={elsewhere(r)} />;
          for (const x of rivals) shown.add(x.id);
          return (
            <div key={r.id} className="conflict" role="group" aria-label="Conflicting claims">
              <p className="conflict-label">Sources disagree</p>
              <div className="conflict-sides">
                {[r, ...rivals].map((x) => (
                  <Relation key={x.id} r={x} documents={documents} elsewhere={elsewhere(x)} />
                ))}
              </div>
            </div>
          );
        })}
    </details>
  );
}
