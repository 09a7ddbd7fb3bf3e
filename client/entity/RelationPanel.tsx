// The evidence of one relation, opened by clicking its edge on the graph: both ends, the
// figures and years, every quote with its source (which opens the documents list), and any
// other document's disagreeing claim beside it.
import { describeFigure, describeYear } from "../graph/entityDetail.ts";
import { Disagreements } from "../components/Disagreement.tsx";
import { Quote } from "../documents/Quote.tsx";
import { useExplorer } from "../hooks/useExplorer.ts";
import { select } from "../state/actions.ts";
import { useKnowledgeGraph } from "../state/dataContext.ts";
import { closeRelation, usePanels } from "../state/panels.ts";

export function RelationPanel() {
  const id = usePanels((p) => p.relation);
  const selected = useExplorer((s) => s.selected);
  const { index, meta } = useKnowledgeGraph();
  if (!id || selected) return null;
  const r = index.edges.get(id);
  if (!r) return null;
  const docs = new Map((meta?.documents ?? []).map((d) => [d.id, d]));
  const cite = (doc: string) => {
    const d = docs.get(doc);
    return d ? [d.title, d.author, d.publisher, d.date].filter(Boolean).join(", ") : doc;
  };
  const name = (n: string) => index.nodes.get(n)?.name ?? n;
  const conflicts = r.conflictsWith.flatMap((c) => index.edges.get(c) ?? []);
  const figure = describeFigure(r);
  const year = describeYear(r);
  return (
    <aside className="entity-panel relation-panel" aria-labelledby="relation-title" data-testid="relation-panel">
      <header>
        <button type="button" className="close" aria-label="Close the relation (Esc)" onClick={closeRelation}>
          ×
        </button>
        <p className="entity-type">Relation · {r.type}</p>
        <h2 id="relation-title">
          <button type="button" className="link" onClick={() => select(r.from)}>
            {name(r.from)}
          </button>{" "}
          → {r.type} →{" "}
          <button type="button" className="link" onClick={() => select(r.to)}>
            {name(r.to)}
          </button>
        </h2>
      </header>
      {(figure || year) && (
        <p>
          {figure && <span className="figure">{figure}</span>}
          {year && <span className="year"> ({year})</span>}
        </p>
      )}
      {r.note && <p className="note">{r.note}</p>}
      {r.evidence.map((e, i) => (
        <Quote key={i} quote={e.quote} document={e.document} citation={cite(e.document)} />
      ))}
      <Disagreements
        claims={conflicts.map((x) => ({
          edge: x.id,
          figure: [describeFigure(x), describeYear(x)].filter(Boolean).join(" · "),
          evidence: x.evidence.map((e) => ({ ...e, citation: cite(e.document) })),
        }))}
      />
    </aside>
  );
}
