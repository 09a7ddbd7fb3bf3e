// Reading clauses as push operators: MATCH, OPTIONAL MATCH and UNWIND.
import type { Clause } from "../ast.ts";
import type { Env } from "../expressions/compile.ts";
import { compileExpr } from "../expressions/compile.ts";
import type { Ctx, Row } from "./context.ts";
import { compileMatcher, patternVars } from "./match.ts";
import type { Sink } from "./sink.ts";

export type Op = (next: Sink, ctx: Ctx) => Sink;
export interface CompiledClause {
  op: Op;
  scope: Set<string>;
}

const passEnd = (next: Sink) => () => next.end();

export function compileMatch(c: Clause & { k: "match" }, env: Env): CompiledClause {
  const m = compileMatcher(c.patterns, c.where, env);
  const introduced = patternVars(c.patterns).filter((v) => !env.scope.has(v));
  const scope = new Set([...env.scope, ...introduced]);
  if (!c.optional) {
    return { scope, op: (next, ctx) => ({ push: (row) => m(row, ctx, (r) => next.push(r)), end: passEnd(next) }) };
  }
  return {
    scope,
    op: (next, ctx) => ({
      push(row) {
        let any = false;
        const go = m(row, ctx, (r) => {
          any = true;
          return next.push(r);
        });
        if (any) return go;
        const r: Row = { ...row };
        for (const v of introduced) r[v] = null;
        return next.push(r);
      },
      end: passEnd(next),
    }),
  };
}

export function compileUnwind(c: Clause & { k: "unwind" }, env: Env): CompiledClause {
  const f = compileExpr(c.e, env),
    v = c.v;
  return {
    scope: new Set([...env.scope, v]),
    op: (next, ctx) => ({
      push(row) {
        const list = f(row, ctx);
        if (list === null) return true;
        for (const x of Array.isArray(list) ? list : [list]) {
          ctx.budget.tick();
          if (!next.push({ ...row, [v]: x })) return false;
        }
        return true;
      },
      end: passEnd(next),
    }),
  };
}
