// The leverage view's opening summary: the controller's levers over the dependent grouped by
// sector, largest documented share first. With no lever chosen the graph highlights all of
// them (edge width by share); choosing one isolates it, choosing it again shows all again.
import { useEffect } from "react";
import type { LeverageView } from "../api/analysisTypes.ts";
import { pct } from "../api/convert.ts";
import { leverHighlight } from "../graph/leverHighlight.ts";
import { useExplorer } from "../hooks/useExplorer.ts";
import { highlightPath, setForms } from "../state/actions.ts";
import { useKnowledgeGraph } from "../state/dataContext.ts";
import { explorerStore } from "../state/explorer.ts";
import { LeverRow } from "./LeverRow.tsx";
import "../styles/workbench.css";

export function LeverageSummary({ view }: { view: LeverageView }) {
  const { index } = useKnowledgeGraph();
  const chosen = useExplorer((s) => s.forms.lever);
  const levers = view.sectors.flatMap((g) => g.levers);
  // Re-run only when the answer or the chosen lever changes (`levers` derives from `view`).
  useEffect(() => {
    // A chosen ranked path (clicked below, or restored from a link with ?c=) is highlighted alone.
    const { choice } = explorerStore.get().forms;
    const path = view.paths[choice];
    if (path) return highlightPath({ nodes: new Set(path.nodes), edges: new Set(path.edges) }, choice);
    const all = view.sectors.flatMap((g) => g.levers);
    const one = all.filter((l) => l.id === chosen);
    highlightPath(leverHighlight(one.length ? one : all, index), -1);
  }, [view, chosen, index]);
  const name = (id: string) => index.nodes.get(id)?.name ?? id;
  if (!levers.length) return <p className="empty">No lever found between these two.</p>;
  return (
    <section className="lever-summary" aria-label="Levers by sector" data-testid="lever-summary">
      <p className="hint">
        {levers.length} levers in {view.sectors.length} sectors. Choose one to isolate it and read its evidence.
      </p>
      {view.sectors.map((g) => (
        <section key={g.id} className="lever-sector" data-sector={g.id}>
          <h3>
            {g.label}
            {g.maxShare !== null && <span className="sector-share"> up to {pct(g.maxShare)}</span>}
          </h3>
          <ul>
            {g.levers.map((l) => (
              <LeverRow
                key={l.id}
                lever={l}
                chosen={chosen === l.id}
                onToggle={() => setForms({ lever: chosen === l.id ? "" : l.id, choice: -1 })}
                paths={view.paths}
                documents={view.documents}
                name={name}
              />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
