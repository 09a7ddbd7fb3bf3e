// Runs Cypher on the embedded store through the engine in server/cypher/ (read-only, with the
// configured limits) and turns its values and errors into the plain shapes the API returns.
// Only this file knows the engine; the graph algorithms never go through Cypher.
import {
  CypherEngine,
  CypherError,
  isMapValue,
  isNodeValue,
  isPathValue,
  isRelationshipValue,
  toPlain,
  type CypherValue,
} from "../../cypher/index.ts";
import { CypherQueryError } from "../../errors.ts";
import { markGraphValue } from "../resultGraph.ts";
import type { CypherLimits } from "../types.ts";
import type { StoreGraph } from "../../graph/view.ts";

type LimitCode = "ReadOnly" | "QueryTimeout" | "RowLimitExceeded" | "MemoryLimitExceeded";
const LIMIT_CODES: Record<string, LimitCode> = {
  ReadOnly: "ReadOnly",
  TimeLimitExceeded: "QueryTimeout",
  RowLimitExceeded: "RowLimitExceeded",
  SizeLimitExceeded: "MemoryLimitExceeded",
};

function toQueryError(err: unknown): unknown {
  if (!(err instanceof CypherError)) return err;
  return new CypherQueryError(LIMIT_CODES[err.code] ?? "CypherError", err.message, {
    cypherCode: err.code,
    phase: err.phase,
    position: err.position,
  });
}

/**
 * A result value in plain form; nodes, relationships and paths are marked as drawable there, so
 * a map shaped like a node is not. The engine has already bounded the nesting (budget.ts).
 */
function plainOf(v: CypherValue): unknown {
  if (isNodeValue(v) || isRelationshipValue(v) || isPathValue(v)) return markGraphValue(toPlain(v));
  if (Array.isArray(v)) return v.map(plainOf);
  if (isMapValue(v)) {
    const out = Object.create(null) as Record<string, unknown>;
    for (const k of Object.keys(v)) out[k] = plainOf((v as Record<string, CypherValue>)[k]);
    return out;
  }
  return toPlain(v);
}

export class EmbeddedCypher {
  private readonly engine: CypherEngine;

  constructor(graph: StoreGraph) {
    // The engine reads the graph in place; the store never mutates it, and queries are read-only.
    this.engine = new CypherEngine(graph);
  }

  async run(query: string, params: Record<string, unknown>, limits: CypherLimits) {
    try {
      const result = this.engine.run(query, params, {
        readOnly: true,
        timeoutMs: limits.timeoutMs,
        maxRows: limits.maxRows,
        maxValueSize: limits.maxValueSize,
        maxHeapBytes: limits.maxHeapBytes,
      });
      const rows = result.rows.map((row) => row.map(plainOf));
      return result.plan ? { columns: result.columns, rows, plan: result.plan } : { columns: result.columns, rows };
    } catch (err) {
      throw toQueryError(err);
    }
  }
}
