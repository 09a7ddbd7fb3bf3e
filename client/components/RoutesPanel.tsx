// Routes tool: diversification routes from an origin to a destination avoiding chosen
// entities or named sets (by default Kazakhstan → China avoiding everything Russia
// controls), ranked by bottleneck; a route is highlighted when chosen.
import { fetchRoutes } from "../api/endpoints.ts";
import { setForms } from "../state/actions.ts";
import { useExplorer } from "../hooks/useExplorer.ts";
import { useRankedPaths } from "../hooks/useRankedPaths.ts";
import { EntityCombobox } from "./EntityCombobox.tsx";
import { EntityListInput } from "./EntityListInput.tsx";
import { RankedPathList } from "./RankedPathList.tsx";

export function RoutesPanel() {
  const { routeFrom, routeTo, routeAvoid } = useExplorer((s) => s.forms);
  const ready = Boolean(routeFrom && routeTo);
  const key = `${routeFrom}|${routeTo}|${routeAvoid.join(",")}`;
  const result = useRankedPaths(ready ? () => fetchRoutes(routeFrom, routeTo, routeAvoid) : null, key);
  return (
    <div className="tool-body">
      <EntityCombobox label="Origin" value={routeFrom} onChoose={(id) => setForms({ routeFrom: id, choice: -1 })} />
      <EntityCombobox label="Destination" value={routeTo} onChoose={(id) => setForms({ routeTo: id, choice: -1 })} />
      <EntityListInput
        label="Avoid"
        ids={routeAvoid}
        withNamedSets
        onChange={(ids) => setForms({ routeAvoid: ids, choice: -1 })}
      />
      {!ready && <p>Choose an origin and a destination.</p>}
      <RankedPathList result={result} empty="No route found with these constraints." />
    </div>
  );
}
