// Shared helpers for the engine's unit tests: run a query and get plain rows, or the error code.
import { CypherEngine, CypherError, toPlain, type RunOptions } from "../../../server/cypher/index.ts";

export function engineWith(setup?: string): CypherEngine {
  const e = new CypherEngine();
  if (setup) e.run(setup);
  return e;
}

export function rows(e: CypherEngine, q: string, params: Record<string, unknown> = {}, opts?: RunOptions): unknown[][] {
  return e.run(q, params, opts).rows.map((r) => r.map(toPlain));
}

export function errorOf(
  e: CypherEngine,
  q: string,
  params: Record<string, unknown> = {},
  opts?: RunOptions,
): CypherError {
  try {
    e.run(q, params, opts);
  } catch (err) {
    if (err instanceof CypherError) return err;
    throw err;
  }
  throw new Error(`expected query to fail: ${q}`);
}
