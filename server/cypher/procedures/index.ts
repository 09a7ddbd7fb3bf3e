// The built-in procedures (read-only introspection), registered into the catalog by catalog/builtins.ts.
import type { ProcedureDescriptor } from "../catalog/types.ts";
import { DB_PROCEDURES } from "./db.ts";
import { SCHEMA_PROCEDURES } from "./schema.ts";

export const PROCEDURES: ProcedureDescriptor[] = [...DB_PROCEDURES, ...SCHEMA_PROCEDURES];
