// Function registry: lower-cased name -> definition (arity bounds + implementation).
import { convertFunctions } from "./convert.ts";
import { graphFunctions } from "./graph.ts";
import { listFunctions } from "./lists.ts";
import { mathFunctions } from "./math.ts";
import type { FnDef } from "./registry.ts";
import { stringFunctions } from "./strings.ts";
import { temporalFunctions } from "./temporal.ts";

export const FUNCTIONS = new Map<string, FnDef>(
  Object.entries({
    ...graphFunctions,
    ...listFunctions,
    ...stringFunctions,
    ...mathFunctions,
    ...convertFunctions,
    ...temporalFunctions,
  }),
);

export const AGGREGATES = new Set([
  "count",
  "collect",
  "sum",
  "avg",
  "min",
  "max",
  "percentiledisc",
  "percentilecont",
  "stdev",
  "stdevp",
]);
export type { FnDef };
