// Atoms of the expression grammar: literals, parameters, lists and comprehensions, maps, CASE,
// function calls, quantifiers, reduce, EXISTS/COUNT/COLLECT subqueries, pattern predicates/comprehensions,
// map projections.
import type { Expr, PathPattern } from "../ast.ts";
import type { Cursor } from "./cursor.ts";
import { checkIntLiteral, parseExpr, parseMapProjection } from "./expressions.ts";
import { hoistInlineWhere, parsePathPattern } from "./patterns.ts";
import { normalFormArgs, parseTrimFrom } from "./special-calls.ts";
import { parseSubqueryExpr } from "./subqueries.ts";
import { parseWhereOpt } from "./where.ts";

export function parseAtom(c: Cursor): Expr {
  const t = c.peek(),
    pos = t.pos;
  switch (t.kind) {
    case "int":
      c.next();
      return { k: "lit", v: checkIntLiteral(c, t.value as bigint, pos), pos };
    case "float":
      c.next();
      return { k: "lit", v: t.value as number, pos };
    case "str":
      c.next();
      return { k: "lit", v: t.value as string, pos };
    case "param":
      c.next();
      return { k: "param", name: t.text, pos };
    case "op":
      if (t.text === "[") return parseBracket(c);
      if (t.text === "{") return parseMapLiteral(c);
      if (t.text === "(") return parseParen(c);
      return c.fail("an expression");
    case "eof":
      return c.fail("an expression");
  }
  if (!t.quoted) {
    const up = t.text.toUpperCase();
    if (up === "TRUE" || up === "FALSE" || up === "NULL") {
      c.next();
      return { k: "lit", v: up === "NULL" ? null : up === "TRUE", pos };
    }
    if (up === "CASE") return parseCase(c);
    if ((up === "EXISTS" || up === "COUNT" || up === "COLLECT") && c.isOp("{", 1)) return parseSubqueryExpr(c);
    if (
      ["ALL", "ANY", "NONE", "SINGLE"].includes(up) &&
      c.isOp("(", 1) &&
      c.peek(2).kind === "id" &&
      isKwAt(c, 3, "IN")
    ) {
      c.next();
      c.next();
      const v = c.ident();
      c.expectKw("IN");
      const list = parseExpr(c);
      const where = parseWhereOpt(c);
      c.expectOp(")");
      return { k: "quant", q: up.toLowerCase() as "all", v, list, where, pos };
    }
    if (up === "REDUCE" && c.isOp("(", 1)) return parseReduce(c);
  }
  if (c.isOp("(", 1) || (c.isOp(".", 1) && isNamespacedCall(c))) return parseCall(c);
  c.next();
  if (c.isOp("{")) return parseMapProjection(c, t.text, pos);
  return { k: "var", name: t.text, pos };
}

const isKwAt = (c: Cursor, n: number, w: string) => c.isKw(w, n);

function isNamespacedCall(c: Cursor): boolean {
  let n = 0;
  while (c.peek(n).kind === "id" && c.isOp(".", n + 1)) n += 2;
  return c.peek(n).kind === "id" && c.isOp("(", n + 1);
}

function parseCall(c: Cursor): Expr {
  const pos = c.pos;
  let name = c.ident();
  while (c.eatOp(".")) name += "." + c.ident();
  c.expectOp("(");
  const lname = name.toLowerCase();
  if (lname === "count" && c.isOp("*") && c.isOp(")", 1)) {
    c.next();
    c.next();
    return { k: "call", name: lname, args: [], distinct: false, star: true, pos };
  }
  const trimmed = lname === "trim" ? parseTrimFrom(c, pos) : undefined;
  if (trimmed) return trimmed;
  const distinct = c.eatKw("DISTINCT");
  let args: Expr[] = [];
  if (!c.isOp(")"))
    do args.push(parseExpr(c));
    while (c.eatOp(","));
  c.expectOp(")");
  if (lname === "exists" && args.length === 1) return existsCall(c, args[0], pos);
  if (lname === "normalize") args = normalFormArgs(args);
  return { k: "call", name: lname, args, distinct, star: false, pos };
}

/**
 * `exists((n)-->())` is the pattern's existence test, the same as `EXISTS { (n)-->() }`; any other
 * argument is refused at compile time, as Neo4j 5 does (`exists(n.prop)` is gone from Neo4j 5).
 */
function existsCall(c: Cursor, arg: Expr, pos: number): Expr {
  if (arg.k === "patpred") return { k: "exists", patterns: [arg.pattern], pos };
  if (arg.k === "prop" || arg.k === "index")
    c.error(
      "InvalidArgumentType",
      "The property existence syntax `... exists(variable.property)` is no longer supported. Please use `variable.property IS NOT NULL` instead.",
      pos,
    );
  c.error("InvalidArgumentType", "Argument to exists(...) is not a pattern", pos);
}

function parseCase(c: Cursor): Expr {
  const pos = c.pos;
  c.next();
  const test = c.isKw("WHEN") ? undefined : parseExpr(c);
  const whens: [Expr, Expr][] = [];
  while (c.eatKw("WHEN")) {
    // `CASE x WHEN 1, 2 THEN ...`: several values share one result (tried in order, like separate WHENs)
    const ws = [parseExpr(c)];
    while (test && c.eatOp(",")) ws.push(parseExpr(c));
    c.expectKw("THEN");
    const then = parseExpr(c);
    for (const w of ws) whens.push([w, then]);
  }
  if (!whens.length) c.fail("WHEN");
  const els = c.eatKw("ELSE") ? parseExpr(c) : undefined;
  c.expectKw("END");
  return { k: "case", test, whens, els, pos };
}

function parseReduce(c: Cursor): Expr {
  const pos = c.pos;
  c.next();
  c.next();
  const acc = c.ident();
  c.expectOp("=");
  const init = parseExpr(c);
  c.expectOp(",");
  const v = c.ident();
  c.expectKw("IN");
  const list = parseExpr(c);
  c.expectOp("|");
  const expr = parseExpr(c);
  c.expectOp(")");
  return { k: "reduce", acc, init, v, list, expr, pos };
}

function parseMapLiteral(c: Cursor): Expr {
  const pos = c.pos;
  c.expectOp("{");
  const entries: [string, Expr][] = [];
  while (!c.isOp("}")) {
    const key = c.ident("a map key");
    c.expectOp(":");
    entries.push([key, parseExpr(c)]);
    if (!c.eatOp(",")) break;
  }
  c.expectOp("}");
  return { k: "map", entries, pos };
}

/** Runs `f`; on a syntax error rewinds and returns undefined (used to tell patterns from expressions). */
function attempt<T>(c: Cursor, f: () => T): T | undefined {
  const save = c.i;
  try {
    return f();
  } catch {
    c.i = save;
    return undefined;
  }
}

function parseParen(c: Cursor): Expr {
  const pos = c.pos;
  const pat = attempt(c, () => {
    const p = parsePathPattern(c);
    if (!p.rels.length) throw new Error("not a relationship pattern");
    return p;
  });
  if (pat) return { k: "patpred", pattern: pat, pos };
  c.expectOp("(");
  const e = parseExpr(c);
  c.expectOp(")");
  return e;
}

function parseBracket(c: Cursor): Expr {
  const pos = c.pos;
  if (c.peek(1).kind === "id" && c.isKw("IN", 2)) {
    c.next();
    const v = c.ident();
    c.next();
    const list = parseExpr(c);
    const where = parseWhereOpt(c);
    const proj = c.eatOp("|") ? parseExpr(c) : undefined;
    c.expectOp("]");
    return { k: "listcomp", v, list, where, proj, pos };
  }
  const comp = attempt(c, () => {
    c.expectOp("[");
    const pattern: PathPattern = parsePathPattern(c);
    const where = hoistInlineWhere([pattern], parseWhereOpt(c));
    c.expectOp("|");
    const proj = parseExpr(c);
    c.expectOp("]");
    return { k: "patcomp" as const, pattern, where, proj, pos };
  });
  if (comp) return comp;
  c.expectOp("[");
  const items: Expr[] = [];
  if (!c.isOp("]"))
    do items.push(parseExpr(c));
    while (c.eatOp(","));
  c.expectOp("]");
  return { k: "list", items, pos };
}
