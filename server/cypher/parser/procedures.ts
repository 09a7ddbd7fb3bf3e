// Procedure call grammar: `CALL ns.name(args) [YIELD a [AS b], ... | *] [WHERE ...]`, `CALL ns.name`
// (arguments from parameters), and `SHOW [ALL | BUILT IN] PROCEDURES | FUNCTIONS [YIELD ...] [WHERE ...]`.
import type { Expr, ProcedureCall, YieldItem } from "../ast.ts";
import type { Cursor } from "./cursor.ts";
import { parseExpr } from "./expressions.ts";
import { parseWhereOpt } from "./where.ts";

function parseYield(c: Cursor): Pick<ProcedureCall, "yields" | "yieldStar" | "where"> {
  if (!c.eatKw("YIELD")) return { yieldStar: false };
  if (c.eatOp("*")) return { yieldStar: true, where: parseWhereOpt(c) };
  const yields: YieldItem[] = [];
  do {
    const pos = c.pos;
    const name = c.ident("a procedure output");
    yields.push(c.eatKw("AS") ? { name, alias: c.ident("a variable"), pos } : { name, pos });
  } while (c.eatOp(","));
  return { yields, yieldStar: false, where: parseWhereOpt(c) };
}

/** After `CALL`, when what follows is a procedure name. */
export function parseProcedureCall(c: Cursor, pos: number): ProcedureCall {
  let name = c.ident("a procedure name");
  while (c.eatOp(".")) name += "." + c.ident("a procedure name");
  let args: Expr[] | undefined;
  if (c.eatOp("(")) {
    args = [];
    if (!c.isOp(")"))
      do args.push(parseExpr(c));
      while (c.eatOp(","));
    c.expectOp(")");
  }
  return { k: "procedure", name, args, ...parseYield(c), pos };
}

/** After `SHOW`. */
export function parseShow(c: Cursor, pos: number): ProcedureCall {
  if (!c.eatKw("ALL")) c.eatKw("BUILT", "IN");
  const show =
    c.eatKw("PROCEDURES") || c.eatKw("PROCEDURE")
      ? "procedures"
      : c.eatKw("FUNCTIONS") || c.eatKw("FUNCTION")
        ? "functions"
        : c.fail("PROCEDURES or FUNCTIONS");
  if (c.eatKw("EXECUTABLE")) if (c.eatKw("BY") && !c.eatKw("CURRENT", "USER")) c.ident("a user name");
  const where = !c.isKw("YIELD") ? parseWhereOpt(c) : undefined;
  const rest = parseYield(c);
  return {
    k: "procedure",
    name: `SHOW ${show.toUpperCase()}`,
    args: [],
    show,
    ...rest,
    where: where ?? rest.where,
    pos,
  };
}
