// SKIP / LIMIT values: evaluated once per query (literals or parameters), must be non-negative integers.
import type { Expr } from "../ast.ts";
import { CypherError } from "../errors.ts";
import { compileExpr } from "../expressions/compile.ts";
import type { Ctx } from "./context.ts";

export function compileCount(e: Expr | undefined, what: string): (ctx: Ctx) => number {
  if (!e) return () => (what === "SKIP" ? 0 : Infinity);
  const f = compileExpr(e, { scope: new Set() });
  const phase = e.k === "lit" ? "compile" : "runtime";
  const check = (ctx: Ctx): number => {
    const v = f({}, ctx);
    if (typeof v !== "bigint") {
      if (typeof v === "number" && Number.isInteger(v) && e.k !== "lit") return check2(BigInt(v));
      throw new CypherError("SyntaxError", "InvalidArgumentType", `${what} expects a non-negative integer`, phase);
    }
    return check2(v);
  };
  const check2 = (v: bigint): number => {
    if (v < 0n) throw new CypherError("SyntaxError", "NegativeIntegerArgument", `${what} cannot be negative`, phase);
    return Number(v);
  };
  return check;
}
