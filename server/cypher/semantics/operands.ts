// Compile-time operand checks Neo4j makes from what it knows of an expression's type: a value
// tested as a boolean (WHERE, NOT/AND/OR/XOR, CASE WHEN, a comprehension's WHERE) that can never
// be one, and the right side of IN that can never be a list. Unknown types pass (checked at runtime).
import type { Expr } from "../ast.ts";
import { semanticError } from "../errors.ts";
import { inferType, type Scope } from "./types.ts";

const NAMES: Record<string, string> = {
  int: "Integer",
  float: "Float",
  string: "String",
  bool: "Boolean",
  list: "List<T>",
  rels: "List<Relationship>",
  map: "Map",
  node: "Node",
  rel: "Relationship",
  path: "Path",
};

/** The type an expression certainly has when it can never be a boolean, else undefined. */
function nonBoolean(e: Expr, scope: Scope): string | undefined {
  // arithmetic never yields a boolean whatever its operands (numbers, strings, lists, temporals)
  if (e.k === "neg" || (e.k === "bin" && ["+", "-", "*", "/", "%", "^"].includes(e.op))) return "Float or Integer";
  const t = inferType(e, scope);
  return t !== "bool" && t in NAMES ? NAMES[t] : undefined;
}

export function checkBooleanOperand(e: Expr, scope: Scope): void {
  const found = nonBoolean(e, scope);
  if (found) throw semanticError("InvalidArgumentType", `Type mismatch: expected Boolean but was ${found}`, e.pos);
}

/** `x IN rhs` where rhs can never be a list. */
export function checkListOperand(e: Expr, scope: Scope): void {
  const t = inferType(e, scope);
  if (t !== "list" && t !== "rels" && t in NAMES)
    throw semanticError("InvalidArgumentType", `Type mismatch: expected List<T> but was ${NAMES[t]}`, e.pos);
}
