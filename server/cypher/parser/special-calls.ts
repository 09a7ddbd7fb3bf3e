// Function calls with their own syntax: `trim([BOTH|LEADING|TRAILING] [chars] FROM s)`, which
// becomes trim(side, chars, s), and `normalize(s, NFC|NFD|NFKC|NFKD)`, whose form is a bare word.
import type { Expr } from "../ast.ts";
import type { Cursor } from "./cursor.ts";
import { parseExpr } from "./expressions.ts";

const SIDES = ["BOTH", "LEADING", "TRAILING"];
const FORMS = ["NFC", "NFD", "NFKC", "NFKD"];

/** After `trim(`: the FROM form as a call, or undefined (nothing consumed) for an ordinary call. */
export function parseTrimFrom(c: Cursor, pos: number): Expr | undefined {
  const side = SIDES.find((s) => c.isKw(s) && !c.isOp(")", 1) && !c.isOp(",", 1));
  if (!side) {
    // `trim('x' FROM s)` is told from `trim(s)` only by the FROM after the first expression
    const mark = c.i;
    const chars = parseExpr(c);
    if (!c.eatKw("FROM")) {
      c.i = mark;
      return undefined;
    }
    return trimCall("BOTH", chars, parseExpr(c), c, pos);
  }
  c.next();
  const chars = c.eatKw("FROM") ? undefined : parseExpr(c);
  if (chars) c.expectKw("FROM");
  return trimCall(side, chars, parseExpr(c), c, pos);
}

const WHITESPACE_TRIM: Record<string, string> = { BOTH: "trim", LEADING: "ltrim", TRAILING: "rtrim" };

/** With a character: trim(side, character, input); without: the whitespace trim of that side. */
function trimCall(side: string, chars: Expr | undefined, input: Expr, c: Cursor, pos: number): Expr {
  c.expectOp(")");
  if (!chars) return { k: "call", name: WHITESPACE_TRIM[side]!, args: [input], distinct: false, star: false, pos };
  const args: Expr[] = [{ k: "lit", v: side, pos }, chars, input];
  return { k: "call", name: "trim", args, distinct: false, star: false, pos };
}

/** `normalize(s, NFD)`: the bare form word becomes its name as a string. */
export function normalFormArgs(args: Expr[]): Expr[] {
  const form = args[1];
  if (form?.k === "var" && FORMS.includes(form.name.toUpperCase()))
    return [args[0], { k: "lit", v: form.name.toUpperCase(), pos: form.pos }];
  return args;
}
