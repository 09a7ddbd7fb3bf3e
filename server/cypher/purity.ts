// Whether a parsed query's answer depends only on the graph and its parameters: it calls no
// function that reads randomness or the clock, and no procedure (whose effects we cannot see).
// Read from the AST, so a name inside a string literal or a comment does not count.
import type { Query } from "./ast.ts";

// Temporal constructors read the clock when called without arguments or with a timezone only;
// they are all treated as impure rather than inspecting their arguments.
const IMPURE = new Set(["rand", "randomuuid", "timestamp", "date", "datetime", "localdatetime", "time", "localtime"]);
const IMPURE_PREFIXES = ["date.", "datetime.", "localdatetime.", "time.", "localtime."];

const impureName = (name: string): boolean => {
  const n = name.toLowerCase();
  return IMPURE.has(n) || IMPURE_PREFIXES.some((p) => n.startsWith(p));
};

/** True when the query calls no clock, random or procedure. Walks the AST iteratively (any depth). */
export function isDeterministic(query: Query): boolean {
  const stack: unknown[] = [query];
  while (stack.length) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null) continue;
    if (Array.isArray(node)) {
      for (const x of node) stack.push(x);
      continue;
    }
    const k = (node as { k?: unknown }).k;
    if (k === "call" && impureName(String((node as { name?: unknown }).name))) return false;
    // Procedure calls (CALL db.labels() …) and subqueries with CALL are left to run every time.
    if (typeof k === "string" && k !== "call" && k.toLowerCase().includes("call")) return false;
    for (const v of Object.values(node)) if (typeof v === "object" && v !== null) stack.push(v);
  }
  return true;
}
