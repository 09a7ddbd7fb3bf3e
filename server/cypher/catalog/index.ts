// The catalog of callables (functions, aggregates, procedures): see catalog.ts.
export { Catalog, signaturesOf, type CatalogListing } from "./catalog.ts";
export { BUILTINS } from "./builtins.ts";
export { parseSignature, vtypeOf, SignatureError, type Param, type ParsedSignature } from "./signature.ts";
export type {
  AggregateDescriptor,
  FunctionDescriptor,
  ProcedureDescriptor,
  ProcedureMode,
  ProcedureRow,
  VType,
} from "./types.ts";
