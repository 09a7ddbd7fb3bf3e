// Runs Cypher on the embedded store through the engine in server/cypher/ (read-only, with the
// configured limits) and turns its values and errors into the plain shapes the API returns.
// Only this file knows the engine; the graph algorithms never go through Cypher.
import { CypherEngine, CypherError, toPlain } from "../../cypher/index.ts";
import { CypherQueryError } from "../../errors.ts";
import type { CypherLimits } from "../types.ts";
import type { StoreGraph } from "../../graph/view.ts";

const LIMIT_CODES: Record<string, "ReadOnly" | "QueryTimeout" | "RowLimitExceeded"> = {
  ReadOnly: "ReadOnly",
  TimeLimitExceeded: "QueryTimeout",
  RowLimitExceeded: "RowLimitExceeded",
};

function toQueryError(err: unknown): unknown {
  if (!(err instanceof CypherError)) return err;
  return new CypherQueryError(LIMIT_CODES[err.code] ?? "CypherError", err.message, {
    cypherCode: err.code,
    phase: err.phase,
    position: err.position,
  });
}

export class EmbeddedCypher {
  private readonly engine: CypherEngine;

  constructor(graph: StoreGraph) {
    // The engine reads the graph in place; the store never mutates it, and queries are read-only.
    this.engine = new CypherEngine(graph);
  }

  async run(query: string, params: Record<string, unknown>, limits: CypherLimits) {
    try {
      const result = this.engine.run(query, params, { readOnly: true, ...limits });
      const rows = result.rows.map((row) => row.map((v) => toPlain(v)));
      return result.plan ? { columns: result.columns, rows, plan: result.plan } : { columns: result.columns, rows };
    } catch (err) {
      throw toQueryError(err);
    }
  }
}
