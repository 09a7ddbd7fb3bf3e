// Leverage tool: who holds leverage (controller) over whom (dependent), defaulting to
// Russia → Kazakhstan. Opens on the summary of levers by sector; every ranked leverage path,
// with its score and factors, follows below it.
import { fetchLeverage } from "../api/endpoints.ts";
import { useAsync } from "../hooks/useAsync.ts";
import { useExplorer } from "../hooks/useExplorer.ts";
import { LeverageSummary } from "../leverage/LeverageSummary.tsx";
import { setForms } from "../state/actions.ts";
import { EntityCombobox } from "./EntityCombobox.tsx";
import { RankedPathList } from "./RankedPathList.tsx";

export function LeveragePanel() {
  const { controller, dependent } = useExplorer((s) => s.forms);
  const ready = Boolean(controller && dependent);
  const result = useAsync(ready ? () => fetchLeverage(controller, dependent) : null, `${controller}|${dependent}`);
  const choose = (patch: { controller?: string; dependent?: string }) => setForms({ ...patch, choice: -1, lever: "" });
  return (
    <div className="tool-body">
      <EntityCombobox label="Controller" value={controller} onChoose={(id) => choose({ controller: id })} />
      <EntityCombobox label="Dependent" value={dependent} onChoose={(id) => choose({ dependent: id })} />
      {!ready && <p>Choose a controller and a dependent.</p>}
      {result.value && <LeverageSummary view={result.value} />}
      {result.value && result.value.paths.length > 0 && <h3 className="ranked-heading">Every leverage path, ranked</h3>}
      <RankedPathList result={result} empty="No leverage path found between these two." />
    </div>
  );
}
