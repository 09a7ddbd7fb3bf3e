// Compiled checks for single node/relationship patterns (labels, types, property maps) and the
// adjacency iteration for a direction. Shared by MATCH, shortestPath, MERGE and pattern predicates.
import type { Expr, NodePattern, RelPattern } from "../ast.ts";
import { equals } from "../compare.ts";
import { compileExpr, type Env } from "../expressions/compile.ts";
import { nodeLabelsMatch, relTypeMatches } from "../expressions/labels.ts";
import type { NodeRec, RelRec } from "../values.ts";
import { isMap, readProp } from "../values.ts";
import type { Ctx, Fn, Row } from "./context.ts";

export type PropCheck = (props: Record<string, unknown>, row: Row, ctx: Ctx) => boolean;

export function compileProps(e: Expr | undefined, env: Env): PropCheck | undefined {
  if (!e) return undefined;
  if (e.k === "map") {
    const entries = e.entries.map(([k, x]) => [k, compileExpr(x, env)] as [string, Fn]);
    return (props, row, ctx) => {
      for (const [k, f] of entries) if (equals(readProp(props, k), f(row, ctx)) !== true) return false;
      return true;
    };
  }
  const f = compileExpr(e, env);
  return (props, row, ctx) => {
    const m = f(row, ctx);
    if (m === null) return true;
    if (!isMap(m)) return false;
    for (const k of Object.keys(m)) if (equals(readProp(props, k), m[k]) !== true) return false;
    return true;
  };
}

export type NodeCheck = (n: NodeRec, row: Row, ctx: Ctx) => boolean;

export function compileNodeCheck(np: NodePattern, env: Env, boundVar: boolean): NodeCheck {
  const labels = np.labels,
    props = compileProps(np.props, env),
    v = np.v,
    expr = np.labelExpr;
  return (n, row, ctx) => {
    if (boundVar && row[v!] !== n) return false;
    for (const l of labels) if (!n.labels.includes(l)) return false;
    if (expr && !nodeLabelsMatch(expr, n.labels)) return false;
    return !props || props(n.props, row, ctx);
  };
}

export type RelCheck = (r: RelRec, row: Row, ctx: Ctx) => boolean;

export function compileRelCheck(rp: RelPattern, env: Env): RelCheck {
  const types = rp.types,
    props = compileProps(rp.props, env),
    expr = rp.typeExpr;
  if (!types.length && !props && !expr) return () => true;
  return (r, row, ctx) =>
    (!types.length || types.includes(r.type)) &&
    (!expr || relTypeMatches(expr, r.type)) &&
    (!props || props(r.props, row, ctx));
}

export type Dir = "out" | "in" | "both";
export const flip = (d: Dir): Dir => (d === "out" ? "in" : d === "in" ? "out" : "both");

/** Calls `f(rel, otherNode)` for each incident relationship in direction `d`; stops when f returns false. */
export function eachRel(n: NodeRec, d: Dir, f: (r: RelRec, other: NodeRec) => boolean): boolean {
  if (d !== "in") for (const r of n.out) if (!f(r, r.end)) return false;
  if (d !== "out") {
    for (const r of n.in) {
      if (d === "both" && r.start === n && r.end === n) continue; // self-loop already seen as outgoing
      if (!f(r, r.start)) return false;
    }
  }
  return true;
}
