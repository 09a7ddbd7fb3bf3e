// Optional `WHERE <expr>` suffix shared by MATCH, WITH, comprehensions and EXISTS.
import type { Expr } from "../ast.ts";
import type { Cursor } from "./cursor.ts";
import { parseExpr } from "./expressions.ts";

export function parseWhereOpt(c: Cursor): Expr | undefined {
  return c.eatKw("WHERE") ? parseExpr(c) : undefined;
}
