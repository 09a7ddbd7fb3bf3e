// The only module that knows the engine's API (server/cypher/CONTRACT.md). It converts the
// engine's result values into TCK values, TCK parameter values into engine parameters, and
// thrown errors into a uniform description, so the rest of the harness is engine-agnostic.
import type { MultiDirectedGraph } from "graphology";
import { parseValue, type TckNode, type TckRelationship, type TckValue } from "./values.ts";

import type * as EngineApi from "../../server/cypher/index.ts";

export type EngineModule = typeof EngineApi;
type CypherValue = EngineApi.CypherValue;

/** What the runner needs from an engine instance; narrower than CypherEngine on purpose. */
export interface EngineSession {
  readonly graph: MultiDirectedGraph;
  run(query: string, params: Record<string, TckValue>): { columns: string[]; rows: TckValue[][] };
  /** Registers a procedure answering from a TCK table (header: inputs then outputs; cells in TCK notation). */
  defineProcedure?(signature: string, table: string[][]): void;
}

export interface ThrownError {
  /** True for the engine's own CypherError; false for internal crashes (JS TypeError, stack overflow, ...). */
  cypher: boolean;
  errorType: string;
  detail: string;
  phase: string;
  message: string;
}

/** Engine-side time budget per query; below the worker's hard limit so the engine can report it itself. */
export const ENGINE_TIMEOUT_MS = 5_000;

export async function loadEngineModule(): Promise<EngineModule> {
  return import("../../server/cypher/index.ts");
}

export function newSession(mod: EngineModule): EngineSession {
  const engine = new mod.CypherEngine();
  const wrapFloat = (x: number): unknown => new mod.StoredFloat(x);
  return {
    graph: engine.graph,
    defineProcedure(signature, table) {
      const [header = [], ...body] = table;
      const rows = body.map((r) =>
        Object.fromEntries(header.map((h, i) => [h.trim(), toParam(parseValue(r[i] ?? "null"), wrapFloat)])),
      );
      engine.catalog.addProcedure(mod.tableProcedure(signature, rows));
    },
    run(query, params) {
      const engineParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, toParam(v, wrapFloat)]));
      const res = engine.run(query, engineParams, { timeoutMs: ENGINE_TIMEOUT_MS });
      return { columns: res.columns, rows: res.rows.map((r) => r.map((v) => toTck(mod, v))) };
    },
  };
}

function propsToTck(mod: EngineModule, props: Record<string, CypherValue>): Record<string, TckValue> {
  const out: Record<string, TckValue> = {};
  // A null property does not exist in Cypher; dropping it keeps `{a: null}` from leaking into node values.
  for (const [k, v] of Object.entries(props)) if (v !== null && v !== undefined) out[k] = toTck(mod, v);
  return out;
}

export function toTck(mod: EngineModule, v: CypherValue): TckValue {
  if (v === null || v === undefined) return { type: "null" };
  switch (typeof v) {
    case "boolean":
      return { type: "boolean", value: v };
    case "bigint":
      return { type: "integer", value: v };
    case "number":
      return { type: "float", value: v }; // contract: a JS number in rows is always FLOAT
    case "string":
      return { type: "string", value: v };
  }
  if (Array.isArray(v)) return { type: "list", items: v.map((x) => toTck(mod, x)) };
  if (mod.isNodeValue(v)) return nodeToTck(mod, v);
  if (mod.isRelationshipValue(v)) return relToTck(mod, v);
  if (mod.isPathValue(v)) {
    const nodes = v.nodes.map((n) => nodeToTck(mod, n));
    return {
      type: "path",
      start: nodes[0]!,
      steps: v.relationships.map((r, i) => ({
        rel: relToTck(mod, r),
        forward: r.start === v.nodes[i]!.id,
        node: nodes[i + 1]!,
      })),
    };
  }
  // Temporal values (contract: TemporalVal / DurationVal instances whose String(v) is ISO-8601)
  // are compared as that string, which is how the README says tables write them. Any other
  // class instance gets the same treatment rather than being mistaken for a map.
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return { type: "string", value: String(v) };
  // Unlike entity properties, a map keeps its null values: `{k: null}` is not `{}`.
  const entries: Record<string, TckValue> = {};
  for (const [k, x] of Object.entries(v as Record<string, CypherValue>)) entries[k] = toTck(mod, x);
  return { type: "map", entries };
}

function nodeToTck(mod: EngineModule, n: { labels: string[]; properties: Record<string, CypherValue> }): TckNode {
  return { type: "node", labels: [...n.labels], properties: propsToTck(mod, n.properties) };
}

function relToTck(mod: EngineModule, r: { type: string; properties: Record<string, CypherValue> }): TckRelationship {
  return { type: "relationship", relType: r.type, properties: propsToTck(mod, r.properties) };
}

/**
 * TCK value -> engine parameter. Contract: bigint is INTEGER, a non-integral number FLOAT.
 * An integral float (`1.0`) cannot be written as a plain JS number (it would read as INTEGER),
 * so it goes through the engine's exported StoredFloat wrapper.
 */
export function toParam(v: TckValue, floatWrapper?: (x: number) => unknown): unknown {
  switch (v.type) {
    case "null":
      return null;
    case "boolean":
    case "string":
      return v.value;
    case "integer":
      return v.value;
    case "float":
      return Number.isInteger(v.value) && floatWrapper ? floatWrapper(v.value) : v.value;
    case "list":
      return v.items.map((x) => toParam(x, floatWrapper));
    case "map":
      return Object.fromEntries(Object.entries(v.entries).map(([k, x]) => [k, toParam(x, floatWrapper)]));
    case "node":
    case "relationship":
    case "path":
      throw new Error(`graph entities cannot be parameters: ${v.type}`);
  }
}

export function describeThrown(e: unknown): ThrownError {
  if (e instanceof Error && "errorType" in e && typeof (e as { errorType: unknown }).errorType === "string") {
    const ce = e as Error & { errorType: string; detail?: string; phase?: string };
    return {
      cypher: true,
      errorType: ce.errorType,
      detail: ce.detail ?? "",
      phase: ce.phase ?? "",
      message: ce.message,
    };
  }
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return { cypher: false, errorType: "", detail: "", phase: "", message };
}
