// Path finder: the shortest paths between any two entities within a hop limit, avoiding
// chosen entities.
import { fetchPaths } from "../api/endpoints.ts";
import { setForms } from "../state/actions.ts";
import { useExplorer } from "../hooks/useExplorer.ts";
import { useRankedPaths } from "../hooks/useRankedPaths.ts";
import { EntityCombobox } from "./EntityCombobox.tsx";
import { EntityListInput } from "./EntityListInput.tsx";
import { RankedPathList } from "./RankedPathList.tsx";

export function PathsPanel() {
  const { pathFrom, pathTo, maxHops, pathAvoid } = useExplorer((s) => s.forms);
  const ready = Boolean(pathFrom && pathTo);
  const key = `${pathFrom}|${pathTo}|${maxHops}|${pathAvoid.join(",")}`;
  const result = useRankedPaths(ready ? () => fetchPaths(pathFrom, pathTo, maxHops, pathAvoid) : null, key);
  return (
    <div className="tool-body">
      <EntityCombobox label="From" value={pathFrom} onChoose={(id) => setForms({ pathFrom: id, choice: -1 })} />
      <EntityCombobox label="To" value={pathTo} onChoose={(id) => setForms({ pathTo: id, choice: -1 })} />
      <label className="inline">
        Max hops
        <input
          type="number"
          min={1}
          max={8}
          value={maxHops}
          onChange={(e) => setForms({ maxHops: Math.min(8, Math.max(1, Number(e.target.value) || 1)), choice: -1 })}
        />
      </label>
      <EntityListInput label="Avoid" ids={pathAvoid} onChange={(ids) => setForms({ pathAvoid: ids, choice: -1 })} />
      {!ready && <p>Choose two entities to find the paths between them.</p>}
      <RankedPathList result={result} empty={`No path within ${maxHops} hops.`} />
    </div>
  );
}
