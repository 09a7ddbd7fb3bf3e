// Subquery grammar: query bodies with UNION (top level and inside braces), `[OPTIONAL] CALL [(vars | *)] { ... }`,
// and the expression subqueries `EXISTS { ... }`, `COUNT { ... }`, `COLLECT { ... }` (a pattern with
// an optional WHERE, or a full query).
import type { Clause, Expr, Query, SingleQuery } from "../ast.ts";
import { parseClause } from "./clauses.ts";
import type { Cursor } from "./cursor.ts";
import { hoistInlineWhere, parsePatternList } from "./patterns.ts";
import { parseWhereOpt } from "./where.ts";

/** Parts joined by UNION [ALL], up to the end of input, `;`, or (inside braces) `}`. */
export function parseUnionBody(c: Cursor, inBraces: boolean): Pick<Query, "parts" | "unionAll"> {
  const parts: SingleQuery[] = [];
  const unionAll: boolean[] = [];
  const atEnd = () => c.peek().kind === "eof" || c.isKw("UNION") || c.isOp(";") || (inBraces && c.isOp("}"));
  for (;;) {
    const pos = c.pos;
    const clauses: Clause[] = [];
    while (!atEnd()) clauses.push(parseClause(c));
    if (!clauses.length) c.fail("a clause");
    parts.push({ clauses, pos });
    if (!c.eatKw("UNION")) break;
    unionAll.push(c.eatKw("ALL"));
  }
  return { parts, unionAll };
}

function braced(c: Cursor): Query {
  c.expectOp("{");
  const q = parseUnionBody(c, true);
  c.expectOp("}");
  return q;
}

/** After `[OPTIONAL] CALL`, at `{` or at the scope clause `(a, b)` / `(*)` / `()`. */
export function parseCallSubquery(c: Cursor, pos: number, optional: boolean): Clause {
  let importing: string[] | "*" | undefined;
  if (c.eatOp("(")) {
    if (c.eatOp("*")) importing = "*";
    else {
      importing = [];
      if (!c.isOp(")"))
        do importing.push(c.ident("a variable"));
        while (c.eatOp(","));
    }
    c.expectOp(")");
  }
  const query = braced(c);
  if (c.isKw("IN") && c.isKw("TRANSACTIONS", 1))
    c.error(
      "UnsupportedClause",
      "CALL { ... } IN TRANSACTIONS is not supported: the engine runs each query in one transaction",
      c.pos,
    );
  return { k: "subquery", query, importing, optional, pos };
}

const QUERY_START = [
  "MATCH",
  "OPTIONAL",
  "WITH",
  "UNWIND",
  "CALL",
  "RETURN",
  "CREATE",
  "MERGE",
  "SET",
  "DELETE",
  "DETACH",
  "REMOVE",
];

/** At `EXISTS`, `COUNT` or `COLLECT` followed by `{`. */
export function parseSubqueryExpr(c: Cursor): Expr {
  const pos = c.pos;
  const kind = c.next().text.toUpperCase();
  if (QUERY_START.some((kw) => c.isKw(kw, 1))) {
    const query = braced(c);
    if (kind === "COLLECT") return { k: "collectsub", query, pos };
    return { k: kind === "COUNT" ? "countsub" : "exists", patterns: [], query, pos };
  }
  if (kind === "COLLECT") c.error("InvalidClauseComposition", "A COLLECT subquery must end with a RETURN clause", pos);
  c.expectOp("{");
  const patterns = parsePatternList(c);
  const where = hoistInlineWhere(patterns, parseWhereOpt(c));
  c.expectOp("}");
  return { k: kind === "COUNT" ? "countsub" : "exists", patterns, where, pos };
}
