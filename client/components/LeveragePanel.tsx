// Leverage tool: who holds leverage (controller) over whom (dependent), defaulting to
// Russia → Kazakhstan, with the ranked leverage paths, their scores and factors.
import { fetchLeverage } from "../api/endpoints.ts";
import { setForms } from "../state/actions.ts";
import { useExplorer } from "../hooks/useExplorer.ts";
import { useRankedPaths } from "../hooks/useRankedPaths.ts";
import { EntityCombobox } from "./EntityCombobox.tsx";
import { RankedPathList } from "./RankedPathList.tsx";

export function LeveragePanel() {
  const { controller, dependent } = useExplorer((s) => s.forms);
  const ready = Boolean(controller && dependent);
  const result = useRankedPaths(
    ready ? () => fetchLeverage(controller, dependent) : null,
    `${controller}|${dependent}`,
  );
  return (
    <div className="tool-body">
      <EntityCombobox
        label="Controller"
        value={controller}
        onChoose={(id) => setForms({ controller: id, choice: -1 })}
      />
      <EntityCombobox label="Dependent" value={dependent} onChoose={(id) => setForms({ dependent: id, choice: -1 })} />
      {!ready && <p>Choose a controller and a dependent.</p>}
      <RankedPathList result={result} empty="No leverage path found between these two." />
    </div>
  );
}
