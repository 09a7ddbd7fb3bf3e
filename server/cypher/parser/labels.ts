// Label expressions (Neo4j 5): `:A&B`, `:A|B`, `:!A`, `:%`, parentheses, and the older `:A:B`
// conjunction and `:A|:B` disjunction. A plain conjunction of names (nodes) or disjunction of names
// (relationship types) stays a name list, so the planner can still scan by label.
import type { LabelExpr } from "../ast.ts";
import type { Cursor } from "./cursor.ts";

function atom(c: Cursor, what: string): LabelExpr {
  if (c.eatOp("%")) return { k: "any" };
  if (c.eatOp("!")) return { k: "not", e: atom(c, what) };
  if (c.eatOp("(")) {
    const e = or(c, what);
    c.expectOp(")");
    return e;
  }
  return { k: "name", name: c.ident(what) };
}

function and(c: Cursor, what: string): LabelExpr {
  let l = atom(c, what);
  // `:A:B` is the older spelling of `:A&B`
  while (c.isOp("&") || c.isOp(":")) {
    c.next();
    l = { k: "and", l, r: atom(c, what) };
  }
  return l;
}

/**
 * In an expression, `|` may end the label expression instead (`[x IN xs WHERE x:A | x.name]`): it
 * continues one only when a label name follows that is not itself the start of an expression.
 */
const orContinues = (c: Cursor, inExpr: boolean) =>
  c.isOp("|") &&
  (!inExpr ||
    c.isOp("%", 1) ||
    c.isOp("!", 1) ||
    (c.peek(1).kind === "id" &&
      // `| CASE …` and `| name 4` start an expression: no label name is followed by a literal
      !/^case$/i.test(c.peek(1).text) &&
      !["int", "float", "str", "param"].includes(c.peek(2).kind) &&
      ![".", "(", "[", "{"].some((op) => c.isOp(op, 2))));

function or(c: Cursor, what: string, inExpr = false): LabelExpr {
  let l = and(c, what);
  while (orContinues(c, inExpr)) {
    c.next();
    c.eatOp(":"); // `:A|:B`
    l = { k: "or", l, r: and(c, what) };
  }
  return l;
}

/** After the `:` (or `IS`) that opens a label expression. */
export const parseLabelExpr = (c: Cursor, what: string, inExpr = false): LabelExpr => or(c, what, inExpr);

/** The names of an expression that is only a conjunction (`and`) or only a disjunction (`or`) of names. */
export function namesOf(e: LabelExpr, op: "and" | "or"): string[] | undefined {
  if (e.k === "name") return [e.name];
  if (e.k !== op) return undefined;
  const l = namesOf(e.l, op),
    r = namesOf(e.r, op);
  return l && r ? [...l, ...r] : undefined;
}
