// The explore tool: relationship-type toggles, the year slider over dated relations, the
// source documents (hidden by default), and a reset for hidden / scoped nodes. Entity-type
// toggles live in the legend.
import { useMemo } from "react";
import { yearsNamed } from "../../contract/years.ts";
import { resetView, setFilters, toggleIn } from "../state/actions.ts";
import { useKnowledgeGraph } from "../state/dataContext.ts";
import { useExplorer } from "../hooks/useExplorer.ts";
import { YearRange } from "./YearRange.tsx";
import { DOCUMENT_TYPE } from "../graph/documents.ts";

export function FiltersPanel() {
  const { data, meta } = useKnowledgeGraph();
  const filters = useExplorer((s) => s.filters);
  const hiddenCount = useExplorer((s) => s.hidden.size + (s.scope ? 1 : 0));
  const documentCount = useMemo(() => data.nodes.filter((n) => n.type === DOCUMENT_TYPE).length, [data]);
  const relTypes = useMemo(() => {
    const counts = new Map<string, number>();
    for (const e of data.edges) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [data]);
  const years = useMemo(() => {
    const ys = data.edges.flatMap(yearsNamed);
    const min = meta?.minYear ?? (ys.length ? Math.min(...ys) : null);
    const max = meta?.maxYear ?? (ys.length ? Math.max(...ys) : null);
    return min !== null && max !== null ? { min, max } : null;
  }, [data, meta]);

  return (
    <div className="tool-body">
      {years ? <YearRange min={years.min} max={years.max} /> : <p>No dated relations to filter by year.</p>}
      {documentCount > 0 && (
        <label className="check">
          <input
            type="checkbox"
            checked={filters.showDocuments === true}
            onChange={() => setFilters({ showDocuments: !filters.showDocuments })}
          />
          Source documents <span className="count">{documentCount}</span> and what each mentions
        </label>
      )}
      <fieldset className="rel-types">
        <legend>Relationship types</legend>
        <div className="row">
          <button type="button" className="small" onClick={() => setFilters({ hiddenRelTypes: new Set() })}>
            All
          </button>
          <button
            type="button"
            className="small"
            onClick={() => setFilters({ hiddenRelTypes: new Set(relTypes.map(([t]) => t)) })}
          >
            None
          </button>
        </div>
        {relTypes.map(([type, count]) => (
          <label key={type} className="check">
            <input
              type="checkbox"
              checked={!filters.hiddenRelTypes.has(type)}
              onChange={() => setFilters({ hiddenRelTypes: toggleIn(filters.hiddenRelTypes, type) })}
            />
            {type} <span className="count">{count}</span>
          </label>
        ))}
      </fieldset>
      {hiddenCount > 0 && (
        <button type="button" onClick={resetView}>
          Show the whole graph again
        </button>
      )}
    </div>
  );
}
