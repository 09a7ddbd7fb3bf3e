// Parser entry: query text -> typed AST (`Query`), UNION parts split and validated here.
import type { Query, SingleQuery } from "../ast.ts";
import { tokenize } from "../lexer.ts";
import { Cursor } from "./cursor.ts";
import { parseClause } from "./clauses.ts";
import { checkNesting } from "./nesting.ts";

export function parseQuery(src: string): Query {
  const toks = tokenize(src);
  checkNesting(src, toks);
  const c = new Cursor(src, toks);
  const mode = c.eatKw("EXPLAIN") ? "explain" : c.eatKw("PROFILE") ? "profile" : undefined;
  const parts: SingleQuery[] = [];
  const unionAll: boolean[] = [];
  for (;;) {
    const pos = c.pos;
    const clauses = [];
    while (c.peek().kind !== "eof" && !c.isKw("UNION") && !c.isOp(";")) clauses.push(parseClause(c));
    if (!clauses.length) c.fail("a clause");
    parts.push({ clauses, pos });
    if (!c.eatKw("UNION")) break;
    unionAll.push(c.eatKw("ALL"));
  }
  c.eatOp(";");
  if (c.peek().kind !== "eof") c.fail("end of query");
  return mode ? { parts, unionAll, mode } : { parts, unionAll };
}
