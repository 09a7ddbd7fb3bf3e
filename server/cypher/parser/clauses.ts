// Clause grammar: MATCH/OPTIONAL MATCH, UNWIND, WITH, RETURN, CREATE, MERGE, SET, REMOVE, DELETE,
// and the projection body shared by WITH and RETURN.
import type { Clause, Expr, OrderItem, ProjItem, Projection, RemoveItem, SetItem } from "../ast.ts";
import type { Cursor } from "./cursor.ts";
import { parseExpr, parsePostfix } from "./expressions.ts";
import { hoistInlineWhere, parsePathPattern, parsePatternList } from "./patterns.ts";
import { parseProcedureCall, parseShow } from "./procedures.ts";
import { parseCallSubquery } from "./subqueries.ts";
import { parseWhereOpt } from "./where.ts";

export function parseClause(c: Cursor): Clause {
  const clause = parseClauseBody(c);
  clause.end = c.lastEnd;
  return clause;
}

function parseClauseBody(c: Cursor): Clause {
  const pos = c.pos;
  const optional = c.eatKw("OPTIONAL", "MATCH");
  if (optional || c.eatKw("MATCH")) {
    const patterns = parsePatternList(c);
    return { k: "match", optional, patterns, where: hoistInlineWhere(patterns, parseWhereOpt(c)), pos };
  }
  const optionalCall = c.isKw("OPTIONAL") && c.isKw("CALL", 1);
  if (optionalCall || (c.isKw("CALL") && (c.isOp("{", 1) || c.isOp("(", 1)))) {
    c.i += optionalCall ? 2 : 1;
    return parseCallSubquery(c, pos, optionalCall);
  }
  if (c.isKw("CALL") && c.peek(1).kind === "id") {
    c.next();
    return parseProcedureCall(c, pos);
  }
  if (c.eatKw("SHOW")) return parseShow(c, pos);
  if (c.eatKw("UNWIND")) {
    const e = parseExpr(c);
    c.expectKw("AS");
    return { k: "unwind", e, v: c.ident("a variable"), pos };
  }
  if (c.eatKw("WITH")) {
    const proj = parseProjection(c, pos);
    return { k: "with", proj, where: parseWhereOpt(c), pos };
  }
  if (c.eatKw("RETURN")) return { k: "return", proj: parseProjection(c, pos), pos };
  if (c.eatKw("CREATE")) return { k: "create", patterns: parsePatternList(c), pos };
  if (c.eatKw("MERGE")) {
    const pattern = parsePathPattern(c);
    const onCreate: SetItem[] = [],
      onMatch: SetItem[] = [];
    while (c.isKw("ON")) {
      if (c.eatKw("ON", "CREATE", "SET")) onCreate.push(...parseSetItems(c));
      else if (c.eatKw("ON", "MATCH", "SET")) onMatch.push(...parseSetItems(c));
      else c.fail("ON CREATE SET or ON MATCH SET");
    }
    return { k: "merge", pattern, onCreate, onMatch, pos };
  }
  if (c.eatKw("SET")) return { k: "set", items: parseSetItems(c), pos };
  if (c.eatKw("REMOVE")) return { k: "remove", items: parseRemoveItems(c), pos };
  const detach = c.eatKw("DETACH");
  if (c.eatKw("DELETE")) {
    const exprs: Expr[] = [];
    do exprs.push(parseExpr(c));
    while (c.eatOp(","));
    return { k: "delete", detach, exprs, pos };
  }
  return c.fail("a clause (MATCH, RETURN, WITH, UNWIND, CALL, CREATE, MERGE, SET, REMOVE, DELETE)");
}

function parseProjection(c: Cursor, pos: number): Projection {
  const distinct = c.eatKw("DISTINCT");
  let star = false;
  const items: ProjItem[] = [];
  if (c.eatOp("*")) star = true;
  if (!star || c.eatOp(",")) {
    do {
      const start = c.pos;
      const e = parseExpr(c);
      const text = c.src.slice(start, c.lastEnd);
      const alias = c.eatKw("AS") ? c.ident("an alias") : undefined;
      items.push({ e, alias, text, pos: start });
    } while (c.eatOp(","));
  }
  let order: OrderItem[] | undefined;
  if (c.eatKw("ORDER", "BY")) {
    order = [];
    do {
      const e = parseExpr(c);
      let desc = false;
      if (c.eatKw("DESC") || c.eatKw("DESCENDING")) desc = true;
      else if (!c.eatKw("ASC")) c.eatKw("ASCENDING");
      order.push({ e, desc });
    } while (c.eatOp(","));
  }
  const skip = c.eatKw("SKIP") ? parseExpr(c) : undefined;
  const limit = c.eatKw("LIMIT") ? parseExpr(c) : undefined;
  return { distinct, star, items, order, skip, limit, pos };
}

/** A SET/REMOVE target such as `n.prop` or `(expr).prop`. */
function parsePropTarget(c: Cursor): Expr & { k: "prop" } {
  const pos = c.pos;
  const e = c.eatOp("(")
    ? (() => {
        const x = parseExpr(c);
        c.expectOp(")");
        return x;
      })()
    : { k: "var" as const, name: c.ident("a variable"), pos };
  const t = parsePostfix(c, e);
  if (t.k !== "prop") return c.fail("a property");
  return t;
}

function parseSetItems(c: Cursor): SetItem[] {
  const items: SetItem[] = [];
  do {
    const pos = c.pos;
    if (c.peek().kind === "id" && (c.isOp("=", 1) || c.isOp("+=", 1))) {
      const v = c.ident();
      const merge = c.next().text === "+=";
      items.push({ k: "all", v, value: parseExpr(c), merge, pos });
    } else if (c.peek().kind === "id" && c.isOp(":", 1)) {
      const v = c.ident();
      const labels: string[] = [];
      while (c.eatOp(":")) labels.push(c.ident("a label"));
      items.push({ k: "labels", v, labels, pos });
    } else {
      const target = parsePropTarget(c);
      c.expectOp("=");
      items.push({ k: "prop", target, value: parseExpr(c) });
    }
  } while (c.eatOp(","));
  return items;
}

function parseRemoveItems(c: Cursor): RemoveItem[] {
  const items: RemoveItem[] = [];
  do {
    const pos = c.pos;
    if (c.peek().kind === "id" && c.isOp(":", 1)) {
      const v = c.ident();
      const labels: string[] = [];
      while (c.eatOp(":")) labels.push(c.ident("a label"));
      items.push({ k: "labels", v, labels, pos });
    } else items.push({ k: "prop", target: parsePropTarget(c) });
  } while (c.eatOp(","));
  return items;
}
