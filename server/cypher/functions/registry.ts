// Function definition shape and argument helpers shared by the function families.
import { typeError } from "../errors.ts";
import type { VType } from "../catalog/types.ts";
import type { Ctx } from "../executor/context.ts";
import { typeOf, type Value } from "../values.ts";

export interface FnDef {
  min: number;
  max: number;
  fn: (args: Value[], ctx: Ctx) => Value;
}
export type FnTable = Record<string, FnDef>;

/**
 * What the catalog shows of a function, beside its implementation: its signature(s) as Neo4j prints
 * them (the result type drives type inference), a one-line description, and the types the first
 * argument may have when known at compile time (absent: anything; checked by the semantic pass).
 */
export interface FnDoc {
  sig: string | string[];
  doc: string;
  args?: VType[];
}
export type FnDocs = Record<string, FnDoc>;

export const def = (min: number, max: number, fn: FnDef["fn"]): FnDef => ({ min, max, fn });
/** A function of one argument that returns null for null. */
export const unary = (fn: (v: Exclude<Value, null>, ctx: Ctx) => Value): FnDef =>
  def(1, 1, ([v], ctx) => (v === null ? null : fn(v, ctx)));

export function badArg(name: string, v: Value): never {
  throw typeError("InvalidArgumentType", `${name}() cannot take ${typeOf(v)}`);
}
export function num(name: string, v: Value): number {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  return badArg(name, v);
}
export function str(name: string, v: Value): string {
  return typeof v === "string" ? v : badArg(name, v);
}
export function int(name: string, v: Value): bigint {
  return typeof v === "bigint" ? v : badArg(name, v);
}
