// The last Cypher answer (or error) and how the results pane shows it. Kept outside the
// console so the pane under the graph and the console in the tools column read the same run.
import type { CypherResult } from "../api/types.ts";
import { createStore } from "./store.ts";

export interface CypherFailure {
  message: string;
  code?: string;
  line?: number;
  column?: number;
  /** Offset into the query as the editor holds it (leading blanks included). */
  offset?: number;
}

export type ResultView = "table" | "graph" | "text";

export interface CypherResultsState {
  running: boolean;
  /** The query text (or saved query title) the result or error belongs to. */
  query: string;
  result: CypherResult | null;
  error: CypherFailure | null;
  /** Entities of the result that the loaded graph lacks (cannot be drawn in the main view). */
  missing: number;
  view: ResultView;
  /** The pane is shown once something ran, until the analyst closes it. */
  open: boolean;
}

export const cypherResultsStore = createStore<CypherResultsState>({
  running: false,
  query: "",
  result: null,
  error: null,
  missing: 0,
  view: "table",
  open: false,
});
