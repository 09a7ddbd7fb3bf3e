// The `||` operator: STRING || STRING and LIST || LIST concatenate; null gives null; any other
// pair is a type error (unlike `+`, it never converts or appends a single value).
import { typeError } from "../errors.ts";
import { typeOf, type Value } from "../values.ts";

export function concat(a: Value, b: Value): Value {
  if (a === null || b === null) return null;
  if (typeof a === "string" && typeof b === "string") return a + b;
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  throw typeError(
    "InvalidArgumentType",
    `Cannot apply || to ${typeOf(a)} and ${typeOf(b)}: it joins two STRINGs or two LISTs`,
  );
}
