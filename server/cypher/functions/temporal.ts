// The temporal function family the catalog registers: constructors, clocks, truncation and epoch
// forms (temporal-values.ts) and the duration functions (durations.ts).
import { durationDocs, durationFunctions } from "./durations.ts";
import type { FnDocs, FnTable } from "./registry.ts";
import { temporalValueDocs, temporalValueFunctions } from "./temporal-values.ts";

export const temporalFunctions: FnTable = { ...temporalValueFunctions, ...durationFunctions };
export const temporalDocs: FnDocs = { ...temporalValueDocs, ...durationDocs };
