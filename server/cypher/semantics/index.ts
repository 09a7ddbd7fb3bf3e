// Semantic pass over a parsed query, clause by clause with a typed variable scope: raises the
// compile-time errors Neo4j raises (undefined/re-bound variables, type conflicts, aggregation
// rules, projection aliases, SKIP/LIMIT constants, clause composition).
import { UPDATING, type Clause, type Expr, type Projection, type Query, type SingleQuery } from "../ast.ts";
import { semanticError } from "../errors.ts";
import { containsAggregate, exprKey, findAggregates, isAggregateCall, substituteProjected } from "../exprs.ts";
import { freeVars } from "../planner.ts";
import { checkExpr } from "./expressions.ts";
import { checkPatterns } from "./patterns.ts";
import { bindProcedures, checkProcedureCall } from "./procedures.ts";
import { importedVars } from "./subqueries.ts";
import type { Catalog } from "../catalog/catalog.ts";
import { BUILTINS } from "../catalog/builtins.ts";
import { inferType, type Scope } from "./types.ts";

export function checkQuery(q: Query, catalog: Catalog = BUILTINS): void {
  bindProcedures(q, catalog);
  for (const part of q.parts) checkPart(part);
}

/**
 * The body of EXISTS / COUNT / COLLECT { }: sees the outer variables, may end without RETURN (not
 * COLLECT, which returns one column), cannot write. Returns the columns each part returns.
 */
export function checkSubquery(q: Query, outer: Scope, kind: "exists" | "countsub" | "collectsub"): void {
  const name = kind === "exists" ? "EXISTS" : kind === "countsub" ? "COUNT" : "COLLECT";
  for (const part of q.parts) {
    if (part.clauses.some((c) => UPDATING.has(c.k)))
      throw semanticError("InvalidClauseComposition", `A ${name} subquery cannot update the graph`);
    const last = part.clauses[part.clauses.length - 1];
    if (kind === "collectsub" && (last?.k !== "return" || last.proj.star || last.proj.items.length !== 1))
      throw semanticError(
        "InvalidClauseComposition",
        "A COLLECT subquery must end with a RETURN of exactly one column",
      );
    checkPart(part, outer, last?.k !== "return");
  }
}

/** Checks one part from an initial scope; `open`: it may end with any clause (subquery bodies). */
function checkPart(q: SingleQuery, initial: Scope = new Map(), open = false): Scope {
  let scope: Scope = new Map(initial);
  q.clauses.forEach((c, i) => {
    const last = i === q.clauses.length - 1;
    if (c.k === "return" && !last) throw semanticError("InvalidClauseComposition", "RETURN must be the last clause");
    if (last && !open && (c.k === "match" || c.k === "unwind" || c.k === "with"))
      throw semanticError("InvalidClauseComposition", `Query cannot conclude with ${c.k.toUpperCase()}`);
    const standalone = c.k === "procedure" && q.clauses.length === 1 && initial.size === 0;
    if (last && !open && c.k === "procedure" && !standalone && c.proc!.outputs.length)
      throw semanticError("InvalidClauseComposition", "Query cannot conclude with CALL (must be RETURN)");
    scope = c.k === "procedure" ? checkProcedureCall(c, scope, standalone) : checkClause(c, scope);
  });
  return scope;
}

/** `CALL { }` / `CALL (vars) { }`: the body sees only what it imports; what it returns must be new. */
function checkCallSubquery(c: Clause & { k: "subquery" }, scope: Scope): Scope {
  if (Array.isArray(c.importing))
    for (const v of c.importing)
      if (!scope.has(v)) throw semanticError("UndefinedVariable", `Variable \`${v}\` not defined`, c.pos);
  const inner: Scope = new Map(importedVars(c, new Set(scope.keys())).map((v) => [v, scope.get(v)!]));
  const out = new Map(scope);
  const returning = c.query.parts.map((p) => p.clauses[p.clauses.length - 1]?.k === "return");
  if (returning.some((r) => r !== returning[0]))
    throw semanticError(
      "InvalidClauseComposition",
      "Every part of a UNION in a subquery must end with RETURN, or none",
    );
  for (const part of c.query.parts) {
    const end = checkPart(part, inner, true);
    if (!returning[0]) continue;
    for (const [col, t] of end) {
      if (scope.has(col))
        throw semanticError("VariableAlreadyBound", `Variable \`${col}\` already declared in outer scope`, c.pos);
      out.set(col, t);
    }
  }
  return out;
}
const cx = (scope: Scope) => ({ scope, aggAllowed: false });

function checkClause(c: Clause, scope: Scope): Scope {
  switch (c.k) {
    case "match": {
      const s = new Map(scope);
      checkPatterns(c.patterns, s, "match");
      if (c.where) checkExpr(c.where, { scope: s, aggAllowed: false, predicate: true });
      return s;
    }
    case "unwind": {
      checkExpr(c.e, cx(scope));
      if (scope.has(c.v)) throw semanticError("VariableAlreadyBound", `Variable \`${c.v}\` already declared`);
      return new Map(scope).set(c.v, "any");
    }
    case "with":
    case "return":
      return checkProjection(c.proj, scope, c.k === "with", c.k === "with" ? c.where : undefined);
    case "create":
    case "merge": {
      const s = new Map(scope);
      checkPatterns(c.k === "create" ? c.patterns : [c.pattern], s, c.k);
      if (c.k === "merge") [...c.onCreate, ...c.onMatch].forEach((it) => checkSetValue(it, s));
      return s;
    }
    case "set":
      c.items.forEach((it) => checkSetValue(it, scope));
      return scope;
    case "remove":
      c.items.forEach((it) =>
        it.k === "prop" ? checkExpr(it.target, cx(scope)) : checkExpr({ k: "var", name: it.v, pos: it.pos }, cx(scope)),
      );
      return scope;
    case "procedure":
      return checkProcedureCall(c, scope, false);
    case "subquery":
      return checkCallSubquery(c, scope);
    case "delete":
      c.exprs.forEach((e) => {
        checkExpr(e, cx(scope));
        if (e.k === "haslabels") throw semanticError("InvalidDelete", "Cannot delete a label; use REMOVE");
        if (["int", "float", "string", "bool", "map"].includes(inferType(e, scope)))
          throw semanticError("InvalidArgumentType", "DELETE expects a node, relationship or path");
      });
      return scope;
  }
}

function checkSetValue(it: Extract<Clause, { k: "set" }>["items"][number], scope: Scope): void {
  if (it.k === "prop") {
    checkExpr(it.target.obj, cx(scope));
    checkExpr(it.value, cx(scope));
    return;
  }
  checkExpr({ k: "var", name: it.v, pos: it.pos }, cx(scope));
  if (it.k === "all") checkExpr(it.value, cx(scope));
}

function checkCount(e: Expr | undefined): void {
  if (!e) return;
  if (freeVars(e).size > 0 || findAggregates(e).length)
    throw semanticError("NonConstantExpression", "SKIP/LIMIT must be a constant expression");
  if (e.k === "lit" && typeof e.v === "bigint" && e.v < 0n)
    throw semanticError("NegativeIntegerArgument", "SKIP/LIMIT cannot be negative");
  if (e.k === "lit" && typeof e.v !== "bigint")
    throw semanticError("InvalidArgumentType", "SKIP/LIMIT must be an integer");
}

/** Every variable used outside aggregates must be a grouping key (or inside one). */
function checkGrouping(e: Expr, keys: Set<string>, keyVars: Set<string>): void {
  const walk = (x: Expr, locals: Set<string>): void => {
    if (isAggregateCall(x) || keys.has(exprKey(x))) return;
    if (x.k === "var") {
      if (!keyVars.has(x.name) && !locals.has(x.name))
        throw semanticError("AmbiguousAggregationExpression", `\`${x.name}\` is not a grouping key`);
      return;
    }
    const inner =
      x.k === "listcomp" || x.k === "quant"
        ? new Set([...locals, x.v])
        : x.k === "reduce"
          ? new Set([...locals, x.v, x.acc])
          : locals;
    for (const v of Object.values(x)) {
      if (Array.isArray(v))
        v.forEach((y) =>
          isExpr(y) ? walk(y, inner) : Array.isArray(y) && y.forEach((z) => isExpr(z) && walk(z, inner)),
        );
      else if (isExpr(v)) walk(v, inner);
    }
  };
  walk(e, new Set());
}
const isExpr = (v: unknown): v is Expr =>
  !!v && typeof v === "object" && typeof (v as Expr).k === "string" && "pos" in (v as object);

function checkProjection(p: Projection, scope: Scope, isWith: boolean, where?: Expr): Scope {
  const out: Scope = new Map();
  if (p.star) {
    // Neo4j refuses RETURN * over nothing (WITH * is allowed)
    if (!scope.size && !isWith)
      throw semanticError("NoVariablesInScope", "RETURN * is not allowed when there are no variables in scope");
    for (const [v, t] of scope) out.set(v, t);
  }
  const names = new Set<string>();
  for (const it of p.items) {
    checkExpr(it.e, { scope, aggAllowed: true });
    if (isWith && !it.alias && it.e.k !== "var")
      throw semanticError("NoExpressionAlias", "Expression in WITH must be aliased (use AS)");
    const name = it.alias ?? it.text;
    if (names.has(name))
      throw semanticError("ColumnNameConflict", `Multiple result columns with the same name '${name}'`);
    names.add(name);
    out.set(name, inferType(it.e, scope));
  }
  const aggregating = p.items.some((it) => containsAggregate(it.e));
  const keyItems = p.items.filter((it) => !containsAggregate(it.e));
  const simple = (x: Expr) => x.k === "var" || (x.k === "prop" && x.obj.k === "var");
  const keys = new Set(keyItems.filter((it) => simple(it.e)).map((it) => exprKey(it.e)));
  const keyVars = new Set([
    ...keyItems.filter((it) => it.e.k === "var").map((it) => (it.e as { name: string }).name),
    ...(p.star ? scope.keys() : []),
  ]);
  if (aggregating) for (const it of p.items) if (containsAggregate(it.e)) checkGrouping(it.e, keys, keyVars);
  const orderScope: Scope = new Map(aggregating || p.distinct ? [] : scope);
  for (const [k, v] of out) orderScope.set(k, v);
  if (p.order) {
    const byKey = new Map(p.items.map((it) => [exprKey(it.e), it.alias ?? it.text]));
    for (const item of p.order) {
      const o = aggregating || p.distinct ? { ...item, e: substituteProjected(item.e, byKey) } : item;
      if (byKey.has(exprKey(o.e))) continue;
      if (containsAggregate(o.e) && !aggregating)
        throw semanticError("InvalidAggregation", "Cannot sort by an aggregation in a non-aggregating projection");
      checkExpr(o.e, { scope: orderScope, aggAllowed: aggregating });
      if (aggregating && containsAggregate(item.e)) checkGrouping(item.e, keys, new Set([...keyVars, ...out.keys()]));
    }
  }
  checkCount(p.skip);
  checkCount(p.limit);
  if (where) checkExpr(where, { scope: orderScope, aggAllowed: false, predicate: true });
  return out;
}
