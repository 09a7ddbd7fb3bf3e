// The built-in procedures (read-only introspection), registered into the catalog by catalog/builtins.ts.
import type { ProcedureDescriptor } from "../catalog/types.ts";

export const PROCEDURES: ProcedureDescriptor[] = [];
