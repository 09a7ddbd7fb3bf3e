// Where the results pane goes under the graph. The pane (virtual table, result canvas, dagre)
// is loaded on the first query run, so the first draw of the graph does not wait for it.
import { lazy, Suspense, useSyncExternalStore } from "react";
import { cypherResultsStore } from "../state/cypherResults.ts";

const ResultsPane = lazy(() => import("./ResultsPane.tsx").then((m) => ({ default: m.ResultsPane })));

export function ResultsPaneSlot() {
  const open = useSyncExternalStore(cypherResultsStore.subscribe, () => cypherResultsStore.get().open);
  if (!open) return null;
  return (
    <Suspense fallback={<p role="status">Loading the results pane…</p>}>
      <ResultsPane />
    </Suspense>
  );
}
