// Semantic checks inside expressions: undefined variables, function names/arity/argument types,
// where aggregates may appear, and property access on values that cannot have properties.
import type { Expr, PathPattern } from "../ast.ts";
import { CypherError, semanticError } from "../errors.ts";
import { isAggregateCall } from "../exprs.ts";
import { BUILTINS } from "../catalog/builtins.ts";
import { checkPatterns } from "./patterns.ts";
import { checkSubquery } from "./index.ts";
import { NO_PROPERTIES, argTypeOk, inferType, type Scope, type VType } from "./types.ts";
import { checkBooleanOperand, checkListOperand } from "./operands.ts";

export interface ExprCtx {
  scope: Scope;
  aggAllowed: boolean;
  inAgg?: boolean;
  /** Whether this expression stands where a boolean is tested (a pattern predicate may stand here). */
  predicate?: boolean;
}

const withVars = (scope: Scope, vars: string[], type: VType = "any"): Scope => {
  const s = new Map(scope);
  for (const v of vars) s.set(v, type);
  return s;
};

/** Element type of a list literal whose items all share one known type. */
function elementType(list: Expr, scope: Scope): VType {
  if (list.k !== "list" || !list.items.length) return "any";
  const ts = new Set(list.items.map((i) => inferType(i, scope)));
  return ts.size === 1 ? [...ts][0] : "any";
}

const NON_NUMERIC: VType[] = ["string", "bool", "map", "node", "rel", "path", "list", "rels"];
const NUMERIC_AGGREGATES = new Set(["sum", "avg", "stdev", "stdevp", "percentilecont", "percentiledisc"]);

export function checkExpr(e: Expr, cx: ExprCtx): void {
  // A pattern predicate must stand where a boolean is tested (Neo4j): WHERE itself, operands of
  // NOT/AND/OR/XOR, a CASE WHEN condition, a comprehension's or quantifier's WHERE, exists().
  // Anywhere else inside (a comparison, IS NULL, a CASE result, a list item) it is refused.
  const valueCx: ExprCtx = cx.predicate ? { ...cx, predicate: false } : cx;
  const testCx: ExprCtx = { ...cx, predicate: true };
  const sub = (x: Expr | undefined, c: ExprCtx = valueCx) => {
    if (x) checkExpr(x, c);
  };
  // where a boolean is tested, a value that can never be one is a compile-time type error
  if (cx.predicate) checkBooleanOperand(e, cx.scope);
  switch (e.k) {
    case "lit":
    case "param":
      return;
    case "var":
      if (!cx.scope.has(e.name)) throw semanticError("UndefinedVariable", `Variable \`${e.name}\` not defined`, e.pos);
      return;
    case "prop":
      sub(e.obj);
      if (NO_PROPERTIES.includes(inferType(e.obj, cx.scope)))
        throw new CypherError(
          "TypeError",
          "InvalidArgumentType",
          "Type mismatch: property access on a non-map value",
          "compile",
        );
      return;
    case "index":
      sub(e.obj);
      sub(e.idx);
      return;
    case "slice":
      sub(e.obj);
      sub(e.from);
      sub(e.to);
      return;
    case "bin": {
      const operandCx = e.op === "AND" || e.op === "OR" || e.op === "XOR" ? testCx : valueCx;
      sub(e.l, operandCx);
      sub(e.r, operandCx);
      if (e.op === "IN") checkListOperand(e.r, cx.scope);
      if (
        ["-", "*", "/", "%", "^"].includes(e.op) &&
        [inferType(e.l, cx.scope), inferType(e.r, cx.scope)].some((t) => NON_NUMERIC.includes(t))
      )
        throw semanticError("InvalidArgumentType", `Type mismatch: ${e.op} expects numbers`, e.pos);
      return;
    }
    case "not":
      sub(e.e, testCx);
      return;
    case "neg":
    case "isnull":
    case "istype":
    case "haslabels":
      sub(e.e);
      return;
    case "list":
      e.items.forEach((i) => sub(i));
      return;
    case "map":
      e.entries.forEach(([, x]) => sub(x));
      return;
    case "case":
      sub(e.test);
      e.whens.forEach(([w, t]) => {
        sub(w, e.test ? valueCx : testCx);
        sub(t);
      });
      sub(e.els);
      return;
    case "call":
      return checkCall(e, cx);
    case "listcomp":
    case "quant": {
      sub(e.list);
      const inner = { ...cx, aggAllowed: false, scope: withVars(cx.scope, [e.v], elementType(e.list, cx.scope)) };
      sub(e.where, { ...inner, predicate: true });
      if (e.k === "listcomp") sub(e.proj, { ...inner, predicate: false });
      return;
    }
    case "reduce": {
      sub(e.init);
      sub(e.list);
      sub(e.expr, { ...cx, aggAllowed: false, scope: withVars(cx.scope, [e.acc, e.v]) });
      return;
    }
    case "mapproj":
      if (!cx.scope.has(e.v)) throw semanticError("UndefinedVariable", `Variable \`${e.v}\` not defined`);
      e.items.forEach((it) => {
        if (it.k === "lit") sub(it.e);
        if (it.k === "var" && !cx.scope.has(it.name))
          throw semanticError("UndefinedVariable", `Variable \`${it.name}\` not defined`);
      });
      return;
    case "patpred": {
      if (!cx.predicate)
        throw semanticError(
          "UnexpectedSyntax",
          "A pattern expression should only be used to test the existence of a pattern (in WHERE, under NOT/AND/OR/XOR, in exists()); elsewhere use a pattern comprehension",
        );
      for (const v of patternNames([e.pattern]))
        if (!cx.scope.has(v))
          throw semanticError(
            "UndefinedVariable",
            `Variable \`${v}\` not defined (pattern expressions cannot introduce variables)`,
          );
      checkPatterns([e.pattern], new Map(cx.scope), "match");
      return;
    }
    case "collectsub":
      checkSubquery(e.query, cx.scope, e.k);
      return;
    case "exists":
    case "countsub":
    case "patcomp": {
      if (e.k !== "patcomp" && e.query) {
        checkSubquery(e.query, cx.scope, e.k);
        return;
      }
      const pats = e.k === "patcomp" ? [e.pattern] : e.patterns;
      const inner = new Map(cx.scope);
      checkPatterns(pats, inner, "match");
      const icx = { scope: inner, aggAllowed: false, predicate: true };
      sub(e.where, icx);
      if (e.k === "patcomp") sub(e.proj, { ...icx, predicate: false });
      return;
    }
  }
}

function checkCall(e: Expr & { k: "call" }, cx: ExprCtx): void {
  if (isAggregateCall(e)) {
    if (!cx.aggAllowed) throw semanticError("InvalidAggregation", `Aggregation (${e.name}) is not allowed here`, e.pos);
    if (cx.inAgg) throw semanticError("NestedAggregation", "Aggregations cannot be nested");
    const agg = BUILTINS.aggregate(e.name)!;
    if (!e.star && (e.args.length < agg.min || e.args.length > agg.max))
      throw semanticError("InvalidNumberOfArguments", `Wrong number of arguments for ${e.name}`);
    e.args.forEach((a) => checkExpr(a, { ...cx, inAgg: true }));
    // Neo4j: the numeric aggregates refuse at compile time an argument that can never be a number
    if (NUMERIC_AGGREGATES.has(e.name) && e.args[0] && NON_NUMERIC.includes(inferType(e.args[0], cx.scope)))
      throw semanticError("InvalidArgumentType", `Type mismatch: ${e.name}() expects numbers`, e.args[0].pos);
    if (e.name === "count" && e.args.some((a) => a.k === "call" && a.name === "rand"))
      throw semanticError("NonConstantExpression", "Cannot aggregate a non-deterministic expression");
    return;
  }
  const def = BUILTINS.function(e.name);
  if (!def) throw semanticError("UnknownFunction", `Unknown function '${e.name}'`, e.pos);
  if (e.args.length < def.min || e.args.length > def.max)
    throw semanticError("InvalidNumberOfArguments", `Wrong number of arguments for ${e.name}()`);
  e.args.forEach((a) => checkExpr(a, { ...cx, predicate: e.name === "exists" }));
  if (e.args[0] && !argTypeOk(e.name, inferType(e.args[0], cx.scope)))
    throw semanticError("InvalidArgumentType", `Type mismatch: ${e.name}() cannot take that argument`);
}

export function patternNames(ps: PathPattern[]): string[] {
  const out: string[] = [];
  for (const p of ps) {
    if (p.v) out.push(p.v);
    p.nodes.forEach((n) => n.v && out.push(n.v));
    p.rels.forEach((r) => r.v && out.push(r.v));
  }
  return out;
}
