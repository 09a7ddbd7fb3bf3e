// Runs a Cypher query or a saved query and applies its graph to the view (merged into it
// or replacing it), keeping the last result and a positioned error for the console.
import { useCallback, useState } from "react";
import { ApiError, describeError } from "../api/http.ts";
import type { CypherResult } from "../api/types.ts";
import { applyResultGraph } from "../state/actions.ts";
import { useKnowledgeGraph } from "../state/dataContext.ts";
import { explorerStore } from "../state/explorer.ts";

export interface CypherError {
  message: string;
  code?: string;
  line?: number;
  column?: number;
}

export interface CypherRun {
  running: boolean;
  result: CypherResult | null;
  error: CypherError | null;
  /** Entities of the result that the loaded graph lacks (cannot be drawn). */
  missing: number;
  run: (exec: () => Promise<CypherResult>) => Promise<void>;
}

function toCypherError(e: unknown): CypherError {
  if (!(e instanceof ApiError)) return { message: describeError(e) };
  const details = (e.details ?? {}) as { position?: { line?: number; column?: number } };
  return { message: e.message, code: e.code, line: details.position?.line, column: details.position?.column };
}

export function useCypherRun(): CypherRun {
  const { display } = useKnowledgeGraph();
  const [state, setState] = useState<Omit<CypherRun, "run">>({ running: false, result: null, error: null, missing: 0 });
  const run = useCallback(
    async (exec: () => Promise<CypherResult>) => {
      setState((s) => ({ ...s, running: true, error: null }));
      try {
        const result = await exec();
        const ids = result.graph.nodes.map((n) => n.id).filter((id) => display.hasNode(id));
        const edges = result.graph.edges.map((e) => e.id).filter((id) => display.hasEdge(id));
        if (ids.length) applyResultGraph(ids, explorerStore.get().forms.cypherMode, edges);
        setState({ running: false, result, error: null, missing: result.graph.nodes.length - ids.length });
      } catch (e) {
        setState({ running: false, result: null, error: toCypherError(e), missing: 0 });
      }
    },
    [display],
  );
  return { ...state, run };
}
