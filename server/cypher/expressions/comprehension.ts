// List comprehensions, quantifiers (all/any/none/single) and reduce: each iterates a list while
// binding a local variable in a copy of the row.
import type { Expr } from "../ast.ts";
import { typeError } from "../errors.ts";
import type { Fn, Row } from "../executor/context.ts";
import { typeOf, type Value } from "../values.ts";
import { compileExpr, type Env } from "./compile.ts";
import { asBool } from "./logic.ts";

type CompExpr = Expr & { k: "listcomp" | "quant" | "reduce" };

function asList(v: Value): Value[] | null {
  if (v === null || Array.isArray(v)) return v;
  throw typeError("InvalidArgumentType", `Expected a LIST but got ${typeOf(v)}`);
}

export function compileComprehension(e: CompExpr, env: Env): Fn {
  const list = compileExpr(e.list, env);
  const inner: Env = { ...env, scope: new Set([...env.scope, e.v, ...(e.k === "reduce" ? [e.acc] : [])]) };
  const v = e.v;
  if (e.k === "reduce") {
    const init = compileExpr(e.init, env),
      body = compileExpr(e.expr, inner),
      acc = e.acc;
    return (row, ctx) => {
      const xs = asList(list(row, ctx));
      if (xs === null) return null;
      const r: Row = { ...row };
      let a = init(row, ctx);
      for (const x of xs) {
        r[v] = x;
        r[acc] = a;
        a = body(r, ctx);
      }
      return a;
    };
  }
  const where = e.where ? compileExpr(e.where, inner) : undefined;
  if (e.k === "listcomp") {
    const proj = e.proj ? compileExpr(e.proj, inner) : undefined;
    return (row, ctx) => {
      const xs = asList(list(row, ctx));
      if (xs === null) return null;
      const r: Row = { ...row },
        out: Value[] = [];
      for (const x of xs) {
        r[v] = x;
        // a non-boolean predicate value is a TypeError, as in WHERE (Neo4j)
        if (where && asBool(where(r, ctx)) !== true) continue;
        out.push(proj ? proj(r, ctx) : x);
      }
      return out;
    };
  }
  const q = e.q;
  return (row, ctx) => {
    const xs = asList(list(row, ctx));
    if (xs === null) return null;
    const r: Row = { ...row };
    let trues = 0,
      nulls = 0;
    for (const x of xs) {
      r[v] = x;
      const t = where ? asBool(where(r, ctx)) : true;
      if (t === true) trues++;
      else if (t === null) nulls++;
    }
    const falses = xs.length - trues - nulls;
    switch (q) {
      case "all":
        return falses > 0 ? false : nulls > 0 ? null : true;
      case "any":
        return trues > 0 ? true : nulls > 0 ? null : false;
      case "none":
        return trues > 0 ? false : nulls > 0 ? null : true;
      case "single":
        return trues > 1 ? false : nulls > 0 ? null : trues === 1;
    }
  };
}
