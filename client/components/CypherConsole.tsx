// Cypher tool: the Neo4j CodeMirror editor fed the schema from /api/meta (labels,
// relationship types, property keys), Ctrl/Cmd+Enter to run, merge-or-replace choice, errors
// at their position, the saved analyst queries, and the results table.
import { CypherEditor } from "@neo4j-cypher/react-codemirror";
import "@neo4j-cypher/codemirror/css/cypher-codemirror.css";
import { useMemo, useState } from "react";
import { runCypher } from "../api/endpoints.ts";
import { cypherSchema } from "../graph/cypherSchema.ts";
import { setForms } from "../state/actions.ts";
import { useKnowledgeGraph } from "../state/dataContext.ts";
import { explorerStore } from "../state/explorer.ts";
import { useExplorer } from "../hooks/useExplorer.ts";
import { useCypherRun } from "../hooks/useCypherRun.ts";
import { CypherErrorView } from "./CypherErrorView.tsx";
import { ResultsTable } from "./ResultsTable.tsx";
import { SavedQueries } from "./SavedQueries.tsx";

export function CypherConsole() {
  const { data, meta } = useKnowledgeGraph();
  const mode = useExplorer((s) => s.forms.cypherMode);
  const [initial] = useState(() => explorerStore.get().forms.cypher);
  const cypher = useCypherRun();
  const schema = useMemo(() => cypherSchema(data, meta), [data, meta]);
  const runCurrent = () => {
    const query = explorerStore.get().forms.cypher;
    void cypher.run(() => runCypher(query));
  };

  return (
    <div className="tool-body cypher">
      <div className="cypher-editor" data-testid="cypher-editor" aria-label="Cypher query editor" role="group">
        <CypherEditor
          value={initial}
          schema={schema}
          autofocus={false}
          lineWrapping
          position={cypher.error?.line ? { line: cypher.error.line, column: cypher.error.column ?? 1 } : undefined}
          onValueChanged={(value: string) => setForms({ cypher: value })}
          onKeyDown={(e: KeyboardEvent) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              runCurrent();
            }
          }}
        />
      </div>
      <div className="row">
        <button type="button" className="primary" onClick={runCurrent} disabled={cypher.running}>
          {cypher.running ? "Running…" : "Run (Ctrl+Enter)"}
        </button>
        <fieldset className="mode">
          <legend className="visually-hidden">Result graph</legend>
          {(["merge", "replace"] as const).map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="cypher-mode"
                checked={mode === m}
                onChange={() => setForms({ cypherMode: m })}
              />
              {m === "merge" ? "Merge into view" : "Replace view"}
            </label>
          ))}
        </fieldset>
      </div>
      {cypher.error && <CypherErrorView error={cypher.error} query={explorerStore.get().forms.cypher} />}
      {cypher.result && <ResultsTable result={cypher.result} missing={cypher.missing} />}
      <SavedQueries onRun={(exec) => void cypher.run(exec)} />
    </div>
  );
}
