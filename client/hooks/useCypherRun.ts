// Runs a Cypher query or a saved query, applies its graph to the view (merged into it or
// replacing it), and publishes the answer or a positioned error to the results pane. Typed
// queries go to the history with their row count (or as failed).
import { useCallback, useSyncExternalStore } from "react";
import { ApiError, describeError } from "../api/http.ts";
import type { CypherResult } from "../api/types.ts";
import { applyResultGraph } from "../state/actions.ts";
import { cypherResultsStore, type CypherFailure, type CypherResultsState } from "../state/cypherResults.ts";
import { useKnowledgeGraph } from "../state/dataContext.ts";
import { explorerStore } from "../state/explorer.ts";
import { recordQuery } from "../state/queryHistory.ts";

export interface RunLabel {
  /** What ran: the query text, or a saved query's title. */
  query: string;
  /** Typed queries are kept in the history; saved ones are a click away already. */
  record: boolean;
}

export type CypherRun = CypherResultsState & {
  run: (exec: () => Promise<CypherResult>, label: RunLabel) => Promise<void>;
};

/** The server trims the query before parsing: its positions count from the first non-blank. */
function toFailure(e: unknown, query: string): CypherFailure {
  if (!(e instanceof ApiError)) return { message: describeError(e) };
  const details = (e.details ?? {}) as { position?: { line?: number; column?: number; offset?: number } };
  const p = details.position;
  const lead = query.length - query.trimStart().length;
  const leadRows = query.slice(0, lead).split("\n");
  const leadCols = p?.line === 1 ? leadRows[leadRows.length - 1]!.length : 0;
  return {
    message: e.message,
    code: e.code,
    line: p?.line !== undefined ? p.line + leadRows.length - 1 : undefined,
    column: p?.column !== undefined ? p.column + leadCols : undefined,
    offset: p?.offset !== undefined ? p.offset + lead : undefined,
  };
}

export function useCypherRun(): CypherRun {
  const { display } = useKnowledgeGraph();
  const state = useSyncExternalStore(cypherResultsStore.subscribe, cypherResultsStore.get);
  const run = useCallback(
    async (exec: () => Promise<CypherResult>, label: RunLabel) => {
      cypherResultsStore.set({ running: true, error: null, query: label.query, open: true });
      try {
        const result = await exec();
        const ids = result.graph.nodes.map((n) => n.id).filter((id) => display.hasNode(id));
        const edges = result.graph.edges.map((e) => e.id).filter((id) => display.hasEdge(id));
        if (ids.length) applyResultGraph(ids, explorerStore.get().forms.cypherMode, edges);
        cypherResultsStore.set({
          running: false,
          result,
          error: null,
          missing: result.graph.nodes.length - ids.length,
        });
        if (label.record) recordQuery({ query: label.query, at: Date.now(), rows: result.rows.length });
      } catch (e) {
        cypherResultsStore.set({ running: false, result: null, error: toFailure(e, label.query), missing: 0 });
        if (label.record) recordQuery({ query: label.query, at: Date.now(), rows: null });
      }
    },
    [display],
  );
  return { ...state, run };
}
