// Parser entry: query text -> typed AST (`Query`), UNION parts split and validated here.
import type { Query } from "../ast.ts";
import { tokenize } from "../lexer.ts";
import { Cursor } from "./cursor.ts";
import { parseUnionBody } from "./subqueries.ts";
import { checkNesting } from "./nesting.ts";

export function parseQuery(src: string): Query {
  const toks = tokenize(src);
  checkNesting(src, toks);
  const c = new Cursor(src, toks);
  const mode = c.eatKw("EXPLAIN") ? "explain" : c.eatKw("PROFILE") ? "profile" : undefined;
  const { parts, unionAll } = parseUnionBody(c, false);
  c.eatOp(";");
  if (c.peek().kind !== "eof") c.fail("end of query");
  return mode ? { parts, unionAll, mode } : { parts, unionAll };
}
