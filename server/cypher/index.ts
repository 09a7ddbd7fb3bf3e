// Public API of the embedded Cypher engine (see CONTRACT.md).
export { CypherEngine, type QueryResult, type RunOptions } from "./engine.ts";
export { CypherError, type SourcePosition } from "./errors.ts";
export { BUILTINS, Catalog, type ProcedureDescriptor } from "./catalog/index.ts";
export { tableProcedure } from "./procedures/table.ts";
export type { PlanDescription } from "./executor/plan.ts";
export { GraphLoadError, type GraphRecords, type NodeRecord, type RelationshipRecord } from "./bulk-load.ts";
export {
  NodeValue,
  RelationshipValue,
  PathValue,
  isNodeValue,
  isRelationshipValue,
  isPathValue,
  isMapValue,
  cypherTypeOf,
  toPlain,
  type CypherValue,
  type Plain,
} from "./result.ts";
export { StoredFloat } from "./values.ts";
export { TemporalVal, DurationVal } from "./temporal/index.ts";
export type { Stats } from "./mutations.ts";
