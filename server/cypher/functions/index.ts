// The scalar function families the catalog registers (catalog/builtins.ts): each family keeps its
// implementations (FnTable, keyed by lower-cased name) and their signatures (FnDocs) in its own file.
import { convertDocs, convertFunctions } from "./convert.ts";
import { convertOrNullDocs, convertOrNullFunctions } from "./convert-or-null.ts";
import { graphDocs, graphFunctions } from "./graph.ts";
import { listDocs, listFunctions } from "./lists.ts";
import { mathDocs, mathFunctions } from "./math.ts";
import type { FnDef, FnDocs, FnTable } from "./registry.ts";
import { spatialDocs, spatialFunctions } from "./spatial.ts";
import { stringDocs, stringFunctions } from "./strings.ts";
import { temporalDocs, temporalFunctions } from "./temporal.ts";

export interface FunctionFamily {
  /** Category shown by SHOW FUNCTIONS. */
  category: string;
  functions: FnTable;
  docs: FnDocs;
}

export const FAMILIES: FunctionFamily[] = [
  { category: "Scalar", functions: graphFunctions, docs: graphDocs },
  { category: "List", functions: listFunctions, docs: listDocs },
  { category: "String", functions: stringFunctions, docs: stringDocs },
  { category: "Numeric", functions: mathFunctions, docs: mathDocs },
  { category: "Scalar", functions: convertFunctions, docs: convertDocs },
  { category: "Scalar", functions: convertOrNullFunctions, docs: convertOrNullDocs },
  { category: "Temporal", functions: temporalFunctions, docs: temporalDocs },
  { category: "Spatial", functions: spatialFunctions, docs: spatialDocs },
];
export type { FnDef };
