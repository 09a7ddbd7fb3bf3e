// Runs Cypher on the embedded store through the engine in server/cypher/ (read-only, with the
// configured limits) and turns its values and errors into the plain shapes the API returns.
// The engine is imported lazily so the rest of the store works while it is being written.
import { CypherQueryError, StoreUnavailableError, type CypherPosition } from "../../errors.ts";
import type { CypherLimits } from "../types.ts";
import type { StoreGraph } from "../../graph/view.ts";

/** The part of server/cypher/index.ts (see CONTRACT.md) this adapter relies on. */
interface Engine {
  run(
    query: string,
    params: Record<string, unknown>,
    options: { readOnly: boolean; timeoutMs: number; maxRows: number },
  ): { columns: string[]; rows: unknown[][] };
}
interface EngineModule {
  CypherEngine: new (graph: StoreGraph) => Engine;
  toPlain: (v: unknown) => unknown;
}
interface EngineError {
  name: string;
  code: string;
  message: string;
  phase?: string;
  position?: CypherPosition;
}

// A computed specifier keeps the type checker from requiring the module before it exists.
const ENGINE_MODULE = ["..", "..", "cypher", "index.ts"].join("/");
let engineModule: Promise<EngineModule> | undefined;

function loadEngine(): Promise<EngineModule> {
  engineModule ??= import(ENGINE_MODULE) as Promise<EngineModule>;
  return engineModule;
}

const LIMIT_CODES: Record<string, "ReadOnly" | "QueryTimeout" | "RowLimitExceeded"> = {
  ReadOnly: "ReadOnly",
  TimeLimitExceeded: "QueryTimeout",
  RowLimitExceeded: "RowLimitExceeded",
};

function toQueryError(err: unknown): unknown {
  const e = err as Partial<EngineError> | null;
  if (!e || e.name !== "CypherError" || typeof e.code !== "string") return err;
  return new CypherQueryError(LIMIT_CODES[e.code] ?? "CypherError", e.message ?? e.code, {
    cypherCode: e.code,
    phase: e.phase,
    position: e.position,
  });
}

export class EmbeddedCypher {
  private engine?: Engine;
  private plain?: (v: unknown) => unknown;

  constructor(private readonly graph: StoreGraph) {}

  async run(query: string, params: Record<string, unknown>, limits: CypherLimits) {
    if (!this.engine) {
      let mod: EngineModule;
      try {
        mod = await loadEngine();
      } catch {
        engineModule = undefined;
        throw new StoreUnavailableError("the embedded Cypher engine is not available");
      }
      this.engine = new mod.CypherEngine(this.graph);
      this.plain = mod.toPlain;
    }
    try {
      const result = this.engine.run(query, params, { readOnly: true, ...limits });
      const toPlain = this.plain!;
      return { columns: result.columns, rows: result.rows.map((row) => row.map((v) => toPlain(v))) };
    } catch (err) {
      throw toQueryError(err);
    }
  }
}
