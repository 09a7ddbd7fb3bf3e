// Temporal values of the engine: types, constructors, accessors, arithmetic, truncation, printing.
export { DurationVal, TemporalVal, type TemporalKind } from "./types.ts";
export { addDuration } from "./arithmetic.ts";
export { compareTemporal, compareDuration } from "./order.ts";
export { temporalField, durationField } from "./accessors.ts";
export { formatTemporal } from "./format.ts";
