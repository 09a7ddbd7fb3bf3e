// Routes tool: diversification routes from an origin avoiding chosen entities or named sets
// (by default everything Russia controls). Without a destination it ranks every destination
// the flows reach by bottleneck volume, each with a bar, and says what blocks the others;
// the destination can be set and cleared again. A route is highlighted when chosen.
import { fetchRoutes } from "../api/endpoints.ts";
import { setForms } from "../state/actions.ts";
import { useExplorer } from "../hooks/useExplorer.ts";
import { useRankedPaths } from "../hooks/useRankedPaths.ts";
import { BlockedDestinations } from "./BlockedDestinations.tsx";
import { EntityCombobox } from "./EntityCombobox.tsx";
import { EntityListInput } from "./EntityListInput.tsx";
import { RankedPathList } from "./RankedPathList.tsx";
import "../styles/workbench.css";

export function RoutesPanel() {
  const { routeFrom, routeTo, routeAvoid } = useExplorer((s) => s.forms);
  const ready = Boolean(routeFrom);
  const key = `${routeFrom}|${routeTo}|${routeAvoid.join(",")}`;
  const result = useRankedPaths(ready ? () => fetchRoutes(routeFrom, routeTo, routeAvoid) : null, key);
  const value = result.value;
  return (
    <div className="tool-body">
      <EntityCombobox label="Origin" value={routeFrom} onChoose={(id) => setForms({ routeFrom: id, choice: -1 })} />
      <div className="row destination">
        <EntityCombobox
          label="Destination"
          value={routeTo}
          placeholder="All destinations"
          onChoose={(id) => setForms({ routeTo: id, choice: -1 })}
        />
        {routeTo && (
          <button type="button" className="small" onClick={() => setForms({ routeTo: "", choice: -1 })}>
            All destinations
          </button>
        )}
      </div>
      <EntityListInput
        label="Avoid"
        ids={routeAvoid}
        withNamedSets
        onChange={(ids) => setForms({ routeAvoid: ids, choice: -1 })}
      />
      {!ready && <p>Choose an origin.</p>}
      {ready && !routeTo && value && (
        <p className="hint">Every destination the flows reach, ranked by the smallest documented volume on the way.</p>
      )}
      <RankedPathList result={result} empty="No route found with these constraints." bars={value?.bars} />
      {value && <BlockedDestinations blocked={value.blocked} />}
    </div>
  );
}
