// Descriptor shapes of the catalog: one per scalar function, aggregate and procedure, each with
// its name, signature (which carries the type rules), description and implementation.
import type { AccFactory } from "../aggregation.ts";
import type { Ctx } from "../executor/context.ts";
import type { Value } from "../values.ts";
import type { Param } from "./signature.ts";

/** What the semantic pass knows statically about an expression's value. */
export type VType =
  "node" | "rel" | "rels" | "path" | "list" | "map" | "int" | "float" | "string" | "bool" | "null" | "any";

export interface FunctionDescriptor {
  /** Display name as Neo4j spells it (`toLower`); lookups are case-insensitive. */
  name: string;
  category: string;
  signature: string;
  /** Further signatures of the same name (Neo4j lists each overload as its own row). */
  overloads?: string[];
  description: string;
  min: number;
  max: number;
  /** Result type class, from the signature. */
  returns: VType;
  /** Types the first argument may have when known at compile time (absent: anything). */
  argTypes?: VType[];
  fn: (args: Value[], ctx: Ctx) => Value;
  /** False when the family declared no signature for it (a placeholder signature is shown). */
  documented?: boolean;
}

export interface AggregateDescriptor {
  name: string;
  signature: string;
  description: string;
  min: number;
  max: number;
  returns: VType;
  make: AccFactory;
}

export type ProcedureMode = "READ" | "WRITE" | "SCHEMA" | "DBMS";

/** One output row of a procedure, keyed by output column name. */
export type ProcedureRow = Record<string, Value>;

export interface ProcedureDescriptor {
  name: string;
  signature: string;
  description: string;
  mode: ProcedureMode;
  inputs: Param[];
  outputs: Param[];
  run(args: Value[], ctx: Ctx): Iterable<ProcedureRow>;
}
