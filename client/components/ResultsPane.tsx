// The results pane under the graph, as the width of the graph: the last Cypher answer in a
// frame with table, graph and text views (as Neo4j Browser's result frames), a splitter to
// resize it, and a close button. Errors show here in plain words with their position.
import { useState, useSyncExternalStore } from "react";
import "../styles/results.css";
import { textTable } from "../results/textTable.ts";
import { cypherResultsStore, type ResultView } from "../state/cypherResults.ts";
import { CypherErrorView } from "./CypherErrorView.tsx";
import { ResultGraphView } from "./ResultGraphView.tsx";
import { ResultsTable } from "./ResultsTable.tsx";
import { Splitter } from "./Splitter.tsx";

const VIEWS: [ResultView, string][] = [
  ["table", "Table"],
  ["graph", "Graph"],
  ["text", "Text"],
];
/** The text view writes this many rows at most: a <pre> of 10 000 rows would stall the page. */
const TEXT_ROWS = 1000;
const MIN_HEIGHT = 120;

export function ResultsPane() {
  const s = useSyncExternalStore(cypherResultsStore.subscribe, cypherResultsStore.get);
  const [height, setHeight] = useState(300);
  if (!s.open) return null;
  const max = Math.max(MIN_HEIGHT, Math.round(window.innerHeight * 0.8));
  const { result } = s;
  const setView = (view: ResultView) => cypherResultsStore.set({ view });
  return (
    <section className="results-pane" aria-label="Query results" data-testid="cypher-results" style={{ height }}>
      <Splitter label="Resize the results pane" height={height} min={MIN_HEIGHT} max={max} onResize={setHeight} />
      <header className="results-head">
        <code className="results-query" title={s.query}>
          {s.query}
        </code>
        <div role="tablist" aria-label="Result view" className="results-views">
          {VIEWS.map(([v, label]) => (
            <button
              key={v}
              type="button"
              role="tab"
              aria-selected={s.view === v}
              onClick={() => setView(v)}
              data-view={v}
            >
              {label}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="small"
          aria-label="Close the results pane"
          onClick={() => cypherResultsStore.set({ open: false })}
        >
          ×
        </button>
      </header>
      <p role="status" className="hint results-status">
        {s.running
          ? "Running…"
          : result
            ? `${result.rows.length} row${result.rows.length === 1 ? "" : "s"}` +
              (result.graph.nodes.length
                ? ` · ${result.graph.nodes.length} nodes and ${result.graph.edges.length} relationships`
                : "") +
              (s.missing > 0 ? ` · ${s.missing} not in the loaded graph` : "")
            : ""}
      </p>
      <div className="results-body" role="tabpanel">
        {s.error && <CypherErrorView error={s.error} query={s.query} />}
        {result && s.view === "table" && <ResultsTable result={result} />}
        {result && s.view === "graph" && <ResultGraphView graph={result.graph} />}
        {result && s.view === "text" && (
          <pre className="results-text" data-testid="results-text">
            {textTable(result.columns, result.rows, TEXT_ROWS)}
            {result.rows.length > TEXT_ROWS &&
              `\n… ${result.rows.length - TEXT_ROWS} more rows: the table view shows them all.`}
          </pre>
        )}
        {result && s.view !== "graph" && !result.rows.length && <p className="hint">No rows.</p>}
      </div>
    </section>
  );
}
