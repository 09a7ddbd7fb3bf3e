// Cypher tool: the Neo4j CodeMirror editor fed the schema from /api/meta (labels,
// relationship types, property keys), Ctrl/Cmd+Enter to run, merge-or-replace choice, the
// error underlined where the server located it, the query history and the saved queries.
// Results go to the results pane under the graph (ResultsPane).
import { CypherEditor, type CypherEditorProps } from "@neo4j-cypher/react-codemirror";
import "@neo4j-cypher/codemirror/css/cypher-codemirror.css";
import { useEffect, useMemo, useRef, useState } from "react";
import { runCypher } from "../api/endpoints.ts";
import { cypherSchema } from "../graph/cypherSchema.ts";
import { clearMarks, markError } from "../results/editorMarks.ts";
import { setForms } from "../state/actions.ts";
import { useKnowledgeGraph } from "../state/dataContext.ts";
import { explorerStore } from "../state/explorer.ts";
import { useExplorer } from "../hooks/useExplorer.ts";
import { useCypherRun } from "../hooks/useCypherRun.ts";
import { QueryHistory } from "./QueryHistory.tsx";
import { SavedQueries } from "./SavedQueries.tsx";

type EditorApi = Parameters<NonNullable<CypherEditorProps["onEditorCreated"]>>[0];

export function CypherConsole() {
  const { data, meta } = useKnowledgeGraph();
  const mode = useExplorer((s) => s.forms.cypherMode);
  const [initial] = useState(() => explorerStore.get().forms.cypher);
  const editor = useRef<EditorApi | null>(null);
  const cypher = useCypherRun();
  const schema = useMemo(() => cypherSchema(data, meta), [data, meta]);
  const runCurrent = () => {
    const query = explorerStore.get().forms.cypher;
    void cypher.run(() => runCypher(query), { query, record: true });
  };
  const load = (query: string) => {
    editor.current?.setValue(query);
    setForms({ cypher: query });
    editor.current?.focus();
  };

  // The underline follows the error of the last run; a run that succeeds removes it.
  const { error } = cypher;
  useEffect(() => {
    const view = editor.current?.codemirror;
    if (!view) return;
    if (error) markError(view, error.offset, error.message);
    else clearMarks(view);
  }, [error]);

  return (
    <div className="tool-body cypher">
      <div className="cypher-editor" data-testid="cypher-editor" aria-label="Cypher query editor" role="group">
        <CypherEditor
          value={initial}
          schema={schema}
          autofocus={false}
          lineWrapping
          // Fixed tooltips are placed against the window, so the completion list is never cut
          // off by the tools column's scroll box.
          tooltipAbsolute={false}
          onEditorCreated={(api: EditorApi) => (editor.current = api)}
          position={error?.line ? { line: error.line, column: error.column ?? 1 } : undefined}
          onValueChanged={(value: string) => {
            setForms({ cypher: value });
            if (editor.current) clearMarks(editor.current.codemirror);
          }}
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
      {error && (
        <p className="error hint" data-testid="cypher-error-hint">
          {error.line ? `Error at line ${error.line}, column ${error.column ?? 1} (underlined above).` : error.message}
        </p>
      )}
      <QueryHistory onLoad={load} />
      <SavedQueries onRun={(exec, title) => void cypher.run(exec, { query: title, record: false })} />
    </div>
  );
}
