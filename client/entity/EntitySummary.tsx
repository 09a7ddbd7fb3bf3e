// The top of the entity panel: its key figures (largest documented shares and amounts, each
// with any disagreeing claim beside it) and its relations counted by type — each count opens
// its group below.
import type { ApiEdge, EntityRelation } from "../api/types.ts";
import { useKnowledgeGraph } from "../state/dataContext.ts";
import { describeFigure, describeYear } from "../graph/entityDetail.ts";
import type { PanelGroup } from "./panelModel.ts";

interface Props {
  keyFigures: EntityRelation[];
  groups: PanelGroup[];
  onOpenGroup: (type: string) => void;
}

export function EntitySummary({ keyFigures, groups, onOpenGroup }: Props) {
  const { index, meta } = useKnowledgeGraph();
  const docs = new Map((meta?.documents ?? []).map((d) => [d.id, d]));
  // A short name for a source: its author, else its publisher, else its title.
  const sourcesOf = (e: ApiEdge) =>
    [...new Set(e.evidence.map((x) => docs.get(x.document)))]
      .map((d) => d?.author ?? d?.publisher ?? d?.title ?? "?")
      .join(", ");
  return (
    <div className="entity-summary">
      {keyFigures.length > 0 && (
        <section aria-label="Key figures">
          <h3>Key figures</h3>
          <ul className="key-figures">
            {keyFigures.map((r) => (
              <li key={r.id}>
                <span className="figure">{describeFigure(r)}</span> {r.direction === "out" ? "→" : "←"} {r.other.name}
                {describeYear(r) && <span className="year"> ({describeYear(r)})</span>}
                {r.conflictsWith.length > 0 && (
                  <span className="key-dispute">
                    {" "}
                    <span className="dispute-mark">sources disagree:</span> {describeFigure(r)} per {sourcesOf(r)}
                    {r.conflictsWith.flatMap((id) => {
                      const x = index.edges.get(id);
                      return x ? [`; ${describeFigure(x) || "no figure"} per ${sourcesOf(x)}`] : [];
                    })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label="Relations by type">
        <h3>Relations</h3>
        <ul className="type-counts">
          {groups.map((g) => (
            <li key={g.type}>
              <button type="button" className="chip-button" onClick={() => onOpenGroup(g.type)}>
                {g.type} <span className="count">{g.relations.length}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
