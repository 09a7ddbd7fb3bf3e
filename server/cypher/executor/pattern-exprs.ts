// Pattern expressions: pattern predicates `(a)-->()`, EXISTS / COUNT / COLLECT { ... } and pattern
// comprehensions `[(a)-->(b) WHERE ... | b.name]`, evaluated by running the matcher or the
// subquery's plan from the current row.
// They live in the executor (they run the matcher and subquery plans); the expression compiler
// reaches them through the hook installed below, so expressions never import the executor.
import { installPatternCompiler, compileExpr, type Env, type PatternExpr } from "../expressions/compile.ts";
import type { Value } from "../values.ts";
import type { Fn, Row } from "./context.ts";
import { compileMatcher } from "./match.ts";
import { compileUnion } from "./union.ts";

export function compilePatternExpr(e: PatternExpr, env: Env): Fn {
  const scoped: Env = { scope: env.scope };
  if (e.k === "collectsub" || ((e.k === "exists" || e.k === "countsub") && e.query)) {
    // full subquery: run it from the current row (it sees every outer variable)
    const body = compileUnion(e.query!, false, { scope: env.scope }, "");
    if (e.k === "exists")
      return (row, ctx) => {
        let found = false;
        body.run(ctx, row, () => {
          found = true;
          return false;
        });
        return found;
      };
    if (e.k === "countsub")
      return (row, ctx) => {
        let n = 0;
        body.run(ctx, row, () => void n++);
        return BigInt(n);
      };
    return (row, ctx) => {
      const out: Value[] = [];
      body.run(ctx, row, (vals) => void out.push(vals[0]));
      return out;
    };
  }
  if (e.k === "countsub") {
    const m = compileMatcher(e.patterns, e.where, scoped);
    return (row, ctx) => {
      let n = 0;
      m(row, ctx, () => {
        n++;
        return true;
      });
      return BigInt(n);
    };
  }
  if (e.k === "patpred" || e.k === "exists") {
    const m = compileMatcher(
      e.k === "patpred" ? [e.pattern] : e.patterns,
      e.k === "exists" ? e.where : undefined,
      scoped,
    );
    return (row, ctx) => {
      let found = false;
      m(row, ctx, () => {
        found = true;
        return false;
      });
      return found;
    };
  }
  const m = compileMatcher([e.pattern], e.where, scoped);
  const inner = new Set(env.scope);
  for (const n of e.pattern.nodes) if (n.v) inner.add(n.v);
  for (const r of e.pattern.rels) if (r.v) inner.add(r.v);
  if (e.pattern.v) inner.add(e.pattern.v);
  const proj = compileExpr(e.proj, { scope: inner });
  return (row, ctx) => {
    const out: Value[] = [];
    m(row, ctx, (r: Row) => {
      out.push(proj(r, ctx));
      return true;
    });
    return out;
  };
}

installPatternCompiler(compilePatternExpr);
