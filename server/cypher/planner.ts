// Planner: picks where each path pattern starts (bound variable > property index on id/name >
// smallest label > all nodes), using the pattern's own property maps and WHERE equalities.
import type { Expr, NodePattern, PathPattern } from "./ast.ts";
import { INDEXED_PROPS } from "./store.ts";

export type StartPlan =
  { k: "bound"; v: string } | { k: "index"; prop: string; value: Expr } | { k: "label" } | { k: "all" };

/** Top-level AND-ed conjuncts of a WHERE expression. */
export function conjuncts(e: Expr | undefined): Expr[] {
  if (!e) return [];
  if (e.k === "bin" && e.op === "AND") return [...conjuncts(e.l), ...conjuncts(e.r)];
  return [e];
}

/** Variables an expression reads (over-approximates: ignores comprehension-local shadowing). */
export function freeVars(e: Expr, out = new Set<string>()): Set<string> {
  const walk = (x: unknown): void => {
    if (!x || typeof x !== "object") return;
    if (Array.isArray(x)) {
      x.forEach(walk);
      return;
    }
    const o = x as Record<string, unknown>;
    if (o.k === "var" && typeof o.name === "string") out.add(o.name);
    if (o.k === "mapproj" && typeof o.v === "string") out.add(o.v);
    for (const [key, val] of Object.entries(o)) if (key !== "v" || o.k === undefined) walk(val);
  };
  walk(e);
  return out;
}

function indexablePredicate(np: NodePattern, where: Expr[], bound: Set<string>): StartPlan | undefined {
  if (np.props?.k === "map") {
    for (const [key, value] of np.props.entries)
      if (INDEXED_PROPS.includes(key) && [...freeVars(value)].every((v) => bound.has(v)))
        return { k: "index", prop: key, value };
  }
  if (!np.v) return undefined;
  for (const c of where) {
    if (c.k !== "bin" || c.op !== "=") continue;
    for (const [a, b] of [
      [c.l, c.r],
      [c.r, c.l],
    ]) {
      if (
        a.k === "prop" &&
        a.obj.k === "var" &&
        a.obj.name === np.v &&
        INDEXED_PROPS.includes(a.key) &&
        [...freeVars(b)].every((v) => bound.has(v))
      )
        return { k: "index", prop: a.key, value: b };
    }
  }
  return undefined;
}

export function planNode(np: NodePattern, where: Expr[], bound: Set<string>): StartPlan {
  if (np.v && bound.has(np.v)) return { k: "bound", v: np.v };
  return indexablePredicate(np, where, bound) ?? (np.labels.length ? { k: "label" } : { k: "all" });
}

const COST = { bound: 0, index: 1, label: 2, all: 3 };

/** Index of the node pattern to start from, and how to find its candidates. */
export function chooseStart(p: PathPattern, where: Expr[], bound: Set<string>): { at: number; plan: StartPlan } {
  let best = { at: 0, plan: planNode(p.nodes[0], where, bound) };
  p.nodes.forEach((np, at) => {
    const plan = planNode(np, where, bound);
    if (COST[plan.k] < COST[best.plan.k]) best = { at, plan };
  });
  return best;
}
