// Expression compiler: turns AST expressions into closures `(row, ctx) => Value` once per query,
// so rows are evaluated without re-walking the AST. Aggregates are read from slots prepared by
// the projection (env.aggs); pattern expressions delegate to the matcher.
import type { BinOp, Expr } from "../ast.ts";
import { CypherError, semanticError } from "../errors.ts";
import type { Ctx, Fn, Row } from "../executor/context.ts";
import { BUILTINS } from "../catalog/builtins.ts";
import { NodeRec, RelRec, readProp, type MapValue, type Value } from "../values.ts";
import { charged } from "../budget.ts";
import { getProp, index, slice } from "./access.ts";
import { add, div, mod, mul, neg, pow, sub } from "./arith.ts";
import { concat } from "./concat.ts";
import { compileComprehension } from "./comprehension.ts";
import { nodeLabelsMatch, relTypeMatches } from "./labels.ts";
import { valueHasType } from "./types.ts";
import * as L from "./logic.ts";
import { compileMapProjection } from "./mapproj.ts";
import { compilePropLiteralCompare } from "./numeric-compare.ts";

export interface Env {
  /** Variables bound in the current row (used to decide what patterns may treat as bound). */
  scope: Set<string>;
  /** Aggregate call -> row slot holding its computed value (inside RETURN/WITH with aggregation). */
  aggs?: Map<Expr, string>;
}

/** Expressions that run the matcher or a subquery plan. */
export type PatternExpr = Expr & { k: "patcomp" | "patpred" | "exists" | "countsub" | "collectsub" };
type PatternCompiler = (e: PatternExpr, env: Env) => Fn;
let patternCompiler: PatternCompiler | undefined;

/**
 * The executor installs its compiler of pattern expressions and subqueries here when it loads
 * (executor/pattern-exprs.ts): they need the matcher and plans, and the dependency must point
 * from the executor to the expressions, never back.
 */
export function installPatternCompiler(f: PatternCompiler): void {
  patternCompiler = f;
}

const BIN: Record<Exclude<BinOp, "AND" | "OR">, (a: Value, b: Value) => Value> = {
  "+": add,
  "-": sub,
  "||": concat,
  "*": mul,
  "/": div,
  "%": mod,
  "^": pow,
  "=": L.eq,
  "<>": L.neq,
  "<": L.lt,
  ">": L.gt,
  "<=": L.le,
  ">=": L.ge,
  XOR: L.xor,
  "STARTS WITH": L.startsWith,
  "ENDS WITH": L.endsWith,
  CONTAINS: L.contains,
  "=~": L.regexMatch,
  IN: L.inList,
};

export function compileExpr(e: Expr, env: Env): Fn {
  const slot = env.aggs?.get(e);
  if (slot !== undefined) return (row) => row[slot];
  return charged(e, compileNode(e, env), (x) => compileExpr(x, env));
}

function compileNode(e: Expr, env: Env): Fn {
  switch (e.k) {
    case "lit": {
      const v = e.v;
      return () => v;
    }
    case "param": {
      const name = e.name;
      return (_row, ctx) => {
        const v = ctx.params[name];
        if (v === undefined)
          throw new CypherError("ParameterMissing", "MissingParameter", `Expected parameter $${name}`, "runtime");
        return v;
      };
    }
    case "var": {
      const name = e.name;
      return (row) => row[name] ?? null;
    }
    case "prop": {
      const key = e.key;
      if (e.obj.k === "var") {
        const name = e.obj.name;
        return (row) => {
          const o = row[name];
          return (o instanceof NodeRec || o instanceof RelRec) && !o.deleted
            ? readProp(o.props, key)
            : getProp(o ?? null, key);
        };
      }
      const o = compileExpr(e.obj, env);
      return (row, ctx) => getProp(o(row, ctx), key);
    }
    case "index": {
      const o = compileExpr(e.obj, env),
        i = compileExpr(e.idx, env);
      return (row, ctx) => index(o(row, ctx), i(row, ctx));
    }
    case "slice": {
      const o = compileExpr(e.obj, env);
      const f = e.from && compileExpr(e.from, env),
        t = e.to && compileExpr(e.to, env);
      return (row, ctx) => slice(o(row, ctx), f ? f(row, ctx) : undefined, t ? t(row, ctx) : undefined);
    }
    case "bin": {
      const general = compileBinary(e.op, compileExpr(e.l, env), compileExpr(e.r, env));
      return compilePropLiteralCompare(e.op, e.l, e.r, general) ?? general;
    }
    case "not": {
      const x = compileExpr(e.e, env);
      return (row, ctx) => L.not(x(row, ctx));
    }
    case "neg": {
      const x = compileExpr(e.e, env);
      return (row, ctx) => neg(x(row, ctx));
    }
    case "isnull": {
      const x = compileExpr(e.e, env),
        negated = e.negated;
      return (row, ctx) => (x(row, ctx) === null) !== negated;
    }
    case "list": {
      const items = e.items.map((i) => compileExpr(i, env));
      return (row, ctx) => items.map((f) => f(row, ctx));
    }
    case "map": {
      const entries = e.entries.map(([k, x]) => [k, compileExpr(x, env)] as const);
      return (row, ctx) => {
        // Prototype-free: a key such as __proto__ is an entry like any other.
        const m = Object.create(null) as MapValue;
        for (const [k, f] of entries) m[k] = f(row, ctx);
        return m;
      };
    }
    case "istype": {
      const x = compileExpr(e.e, env),
        type = e.type,
        negated = e.negated;
      return (row, ctx) => valueHasType(x(row, ctx), type) !== negated;
    }
    case "haslabels": {
      const x = compileExpr(e.e, env),
        labels = e.labels,
        expr = e.labelExpr;
      return (row, ctx) => {
        const n = x(row, ctx);
        if (n === null) return null;
        // `r:T` tests a relationship's type, as in Neo4j 5
        if (n instanceof RelRec) return expr ? relTypeMatches(expr, n.type) : labels.every((l) => l === n.type);
        if (!(n instanceof NodeRec)) return false;
        return expr ? nodeLabelsMatch(expr, n.labels) : labels.every((l) => n.labels.includes(l));
      };
    }
    case "case":
      return compileCase(e, env);
    case "call":
      return compileCall(e, env);
    case "listcomp":
    case "quant":
    case "reduce":
      return compileComprehension(e, env);
    case "mapproj":
      return compileMapProjection(e, env);
    case "patcomp":
    case "patpred":
    case "exists":
    case "countsub":
    case "collectsub":
      if (!patternCompiler) throw new Error("pattern expressions need the executor (executor/pattern-exprs.ts) loaded");
      return patternCompiler(e, env);
  }
}

function compileBinary(op: BinOp, l: Fn, r: Fn): Fn {
  if (op === "AND")
    return (row, ctx) => {
      const a = L.asBool(l(row, ctx));
      if (a === false) return false;
      const b = L.asBool(r(row, ctx));
      return b === false ? false : a === null || b === null ? null : true;
    };
  if (op === "OR")
    return (row, ctx) => {
      const a = L.asBool(l(row, ctx));
      if (a === true) return true;
      const b = L.asBool(r(row, ctx));
      return b === true ? true : a === null || b === null ? null : false;
    };
  const f = BIN[op];
  return (row, ctx) => f(l(row, ctx), r(row, ctx));
}

function compileCase(e: Expr & { k: "case" }, env: Env): Fn {
  const test = e.test && compileExpr(e.test, env);
  const whens = e.whens.map(([w, t]) => [compileExpr(w, env), compileExpr(t, env)] as const);
  const els = e.els ? compileExpr(e.els, env) : () => null;
  return (row, ctx) => {
    const tv = test ? test(row, ctx) : undefined;
    for (const [w, t] of whens) {
      const wv = w(row, ctx);
      // a WHEN condition that is not a boolean is a TypeError (Neo4j), not a silent miss
      if (test ? L.eq(tv!, wv) === true : L.asBool(wv) === true) return t(row, ctx);
    }
    return els(row, ctx);
  };
}

function compileCall(e: Expr & { k: "call" }, env: Env): Fn {
  const def = BUILTINS.function(e.name);
  if (!def) throw semanticError("UnknownFunction", `Unknown function '${e.name}'`);
  const args = e.args.map((a) => compileExpr(a, env));
  const fn = def.fn;
  if (args.length === 1) {
    const a0 = args[0];
    return (row, ctx) => fn([a0(row, ctx)], ctx);
  }
  return (row: Row, ctx: Ctx) =>
    fn(
      args.map((a) => a(row, ctx)),
      ctx,
    );
}
