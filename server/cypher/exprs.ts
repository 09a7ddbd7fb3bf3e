// Structural helpers over expressions: position-free equality keys and aggregate discovery.
import type { Expr } from "./ast.ts";
import { BUILTINS } from "./catalog/builtins.ts";

/** Same key <=> same expression as written (ignoring positions and whitespace). */
export function exprKey(e: Expr): string {
  return JSON.stringify(e, (k, v) => (k === "pos" ? undefined : typeof v === "bigint" ? `${v}n` : v));
}

export const isAggregateCall = (e: Expr): boolean => e.k === "call" && BUILTINS.aggregate(e.name) !== undefined;

/** Aggregate calls inside `e`, outermost only (not descending into their arguments). */
export function findAggregates(e: Expr, out: (Expr & { k: "call" })[] = []): (Expr & { k: "call" })[] {
  const walk = (x: unknown): void => {
    if (!x || typeof x !== "object") return;
    if (Array.isArray(x)) {
      x.forEach(walk);
      return;
    }
    const o = x as Expr;
    if (typeof o.k === "string" && isAggregateCall(o)) {
      out.push(o as Expr & { k: "call" });
      return;
    }
    // a subquery's aggregates belong to its own projections
    for (const [k, v] of Object.entries(o)) if (k !== "query") walk(v);
  };
  walk(e);
  return out;
}

export const containsAggregate = (e: Expr): boolean => findAggregates(e).length > 0;

/**
 * Replaces every sub-expression written exactly like a projected item by a reference to that
 * item's column (so `ORDER BY a.name + 'C'` works after `WITH a.name AS name, count(*) ...`).
 */
export function substituteProjected(e: Expr, columnsByKey: Map<string, string>): Expr {
  const walk = (x: unknown): unknown => {
    if (!x || typeof x !== "object") return x;
    if (Array.isArray(x)) return x.map(walk);
    const o = x as Record<string, unknown>;
    if (typeof o.k === "string" && "pos" in o) {
      const col = columnsByKey.get(exprKey(o as unknown as Expr));
      if (col !== undefined) return { k: "var", name: col, pos: o.pos };
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) out[k] = k === "v" && o.k === "lit" ? v : walk(v);
    return out;
  };
  return walk(e) as Expr;
}
