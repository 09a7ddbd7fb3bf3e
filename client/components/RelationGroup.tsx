// One relationship type of the entity panel: each relation with its figure, year, evidence
// quotes and citations; relations that conflict are shown side by side with their rivals.
import type { DocumentInfo, EntityRelation } from "../api/types.ts";
import { describeFigure, describeYear } from "../graph/entityDetail.ts";
import { select } from "../state/actions.ts";

interface Props {
  type: string;
  relations: EntityRelation[];
  documents: ReadonlyMap<string, DocumentInfo>;
}

function Citation({ id, documents }: { id: string; documents: ReadonlyMap<string, DocumentInfo> }) {
  const d = documents.get(id);
  if (!d) return <cite>{id}</cite>;
  const by = [d.author, d.publisher, d.date].filter(Boolean).join(", ");
  return (
    <cite title={d.file}>
      {d.title}
      {by ? ` — ${by}` : ""}
    </cite>
  );
}

function Relation({ r, documents }: { r: EntityRelation; documents: Props["documents"] }) {
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
        <blockquote key={i} lang="fr">
          <p>“{e.quote}”</p>
          <footer>
            <Citation id={e.document} documents={documents} />
          </footer>
        </blockquote>
      ))}
    </div>
  );
}

export function RelationGroup({ type, relations, documents }: Props) {
  const byId = new Map(relations.map((r) => [r.id, r]));
  const shown = new Set<string>();
  return (
    <section className="relation-group">
      <h3>
        {type} <span className="count">{relations.length}</span>
      </h3>
      {relations.map((r) => {
        if (shown.has(r.id)) return null;
        shown.add(r.id);
        const rivals = r.conflictsWith
          .map((id) => byId.get(id))
          .filter((x): x is EntityRelation => !!x && !shown.has(x.id));
        if (!rivals.length && !r.conflictsWith.length) return <Relation key={r.id} r={r} documents={documents} />;
        for (const x of rivals) shown.add(x.id);
        return (
          <div key={r.id} className="conflict" role="group" aria-label="Conflicting claims">
            <p className="conflict-label">Sources disagree</p>
            <div className="conflict-sides">
              {[r, ...rivals].map((x) => (
                <Relation key={x.id} r={x} documents={documents} />
              ))}
            </div>
          </div>
        );
      })}
    </section>
  );
}
