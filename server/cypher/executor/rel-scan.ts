// Planner rule: a MATCH of one single-hop pattern with no usable start node (`()-[r:T]->()`,
// WHERE filters allowed) is a scan over relationship records. Same rows in the same order as the
// general search, without its per-hop state (step recursion, uniqueness list, path bookkeeping).
import type { NodePattern, PathPattern } from "../ast.ts";
import type { Env } from "../expressions/compile.ts";
import type { StartPlan } from "../planner.ts";
import type { NodeRec, RelRec } from "../values.ts";
import { isHidden } from "./anon.ts";
import type { Ctx, Row } from "./context.ts";
import { compileNodeCheck, compileRelCheck } from "./pattern-parts.ts";

/** Runs the scan for one input row (which it binds into); returns false when the consumer stopped. */
export type RelScan = (r: Row, ctx: Ctx, k: (r: Row) => boolean) => boolean;

/** Whether `p` (anonymous parts already named) can run as a relationship scan. */
export function isRelScan(p: PathPattern, plan: StartPlan, bound: Set<string>): boolean {
  return (
    plan.k === "all" && !p.v && !p.shortest && p.rels.length === 1 && !p.rels[0].varLen && !bound.has(p.rels[0].v!)
  );
}

export function compileRelScan(p: PathPattern, env: Env): RelScan {
  const [left, right] = p.nodes,
    rel = p.rels[0];
  const leftVar = left.v!,
    rightVar = right.v!,
    relVar = rel.v!,
    dir = rel.dir;
  const bindLeft = !isHidden(leftVar),
    bindRight = !isHidden(rightVar);
  // `(a)-[r]->(a)`: the second occurrence must be the node bound by the first
  const sameVar = leftVar === rightVar;
  const constrained = (n: NodePattern) => n.labels.length > 0 || !!n.labelExpr || !!n.props;
  const leftCheck = constrained(left) ? compileNodeCheck(left, env, false) : undefined;
  const rightCheck = constrained(right) || sameVar ? compileNodeCheck(right, env, sameVar) : undefined;
  const onlyType = rel.types.length === 1 && !rel.props ? rel.types[0] : undefined;
  const relCheck = onlyType === undefined ? compileRelCheck(rel, env) : undefined;

  /** One candidate: `a` is the left node of the pattern, `b` the right one. */
  const visit = (rr: RelRec, a: NodeRec, b: NodeRec, r: Row, ctx: Ctx, k: (r: Row) => boolean): boolean => {
    if (onlyType !== undefined ? rr.type !== onlyType : !relCheck!(rr, r, ctx)) return true;
    if (leftCheck && !leftCheck(a, r, ctx)) return true;
    if (bindLeft) r[leftVar] = a;
    if (rightCheck && !rightCheck(b, r, ctx)) return true;
    r[relVar] = rr;
    if (bindRight) r[rightVar] = b;
    return k(r);
  };

  // loops mirror the general search from the left node (out, then in without self-loops twice)
  return (r, ctx, k) => {
    const budget = ctx.budget;
    for (const n of ctx.store.nodes.values()) {
      budget.tick();
      if (n.deleted) continue;
      if (dir !== "in") {
        const out = n.out;
        budget.tick(out.length);
        for (let i = 0; i < out.length; i++) if (!visit(out[i], n, out[i].end, r, ctx, k)) return false;
      }
      if (dir !== "out") {
        const inc = n.in;
        budget.tick(inc.length);
        for (let i = 0; i < inc.length; i++) {
          const rr = inc[i];
          if (dir === "both" && rr.start === rr.end) continue;
          if (!visit(rr, n, rr.start, r, ctx, k)) return false;
        }
      }
    }
    return true;
  };
}

/** Feeds every matched relationship (bound into `r` like the scan does) to `each`; consumers never stop it. */
export type RelFold = (r: Row, ctx: Ctx, each: (r: Row, rr: RelRec) => void) => void;

/**
 * The relationship scan for a consumer that folds every match (aggregate-only projections). Endpoints
 * without labels/properties and a single-type (or untyped) relationship run a tight loop; anything
 * else goes through the general scan.
 */
export function compileRelFold(p: PathPattern, env: Env): RelFold {
  const [left, right] = p.nodes,
    rel = p.rels[0];
  const simple =
    !left.labels.length &&
    !left.props &&
    !right.labels.length &&
    !right.props &&
    left.v !== right.v &&
    !rel.props &&
    !rel.typeExpr &&
    !left.labelExpr &&
    !right.labelExpr &&
    rel.types.length <= 1;
  if (!simple) {
    const scan = compileRelScan(p, env),
      relVar = rel.v!;
    return (r, ctx, each) => {
      scan(r, ctx, (row) => {
        each(row, row[relVar] as RelRec);
        return true;
      });
    };
  }
  const leftVar = left.v!,
    rightVar = right.v!,
    relVar = rel.v!,
    dir = rel.dir,
    type = rel.types[0];
  const bindLeft = !isHidden(leftVar),
    bindRight = !isHidden(rightVar);
  return (r, ctx, each) => {
    const budget = ctx.budget;
    for (const n of ctx.store.nodes.values()) {
      budget.tick();
      if (n.deleted) continue;
      if (dir !== "in") {
        const out = n.out;
        budget.tick(out.length);
        for (let i = 0; i < out.length; i++) {
          const rr = out[i];
          if (type !== undefined && rr.type !== type) continue;
          if (bindLeft) r[leftVar] = n;
          r[relVar] = rr;
          if (bindRight) r[rightVar] = rr.end;
          each(r, rr);
        }
      }
      if (dir !== "out") {
        const inc = n.in;
        budget.tick(inc.length);
        for (let i = 0; i < inc.length; i++) {
          const rr = inc[i];
          if (dir === "both" && rr.start === rr.end) continue;
          if (type !== undefined && rr.type !== type) continue;
          if (bindLeft) r[leftVar] = n;
          r[relVar] = rr;
          if (bindRight) r[rightVar] = rr.start;
          each(r, rr);
        }
      }
    }
  };
}
