// shortestPath / allShortestPaths: endpoints come from bound variables or node scans; the single
// shortest path uses a bidirectional BFS, all shortest paths a layered BFS with predecessor lists.
import type { Expr, PathPattern } from "../ast.ts";
import { compileExpr, type Env } from "../expressions/compile.ts";
import { asBool } from "../expressions/logic.ts";
import { runtimeError, syntaxError } from "../errors.ts";
import { freeVars } from "../planner.ts";
import type { RelRec } from "../values.ts";
import { NodeRec, PathVal } from "../values.ts";
import type { Ctx, Row } from "./context.ts";
import { compileNodeCheck, compileRelCheck, eachRel, flip, type Dir, type RelCheck } from "./pattern-parts.ts";
import { kShortest } from "./shortest-k.ts";

type Search = (r: Row, ctx: Ctx, used: RelRec[], k: (r: Row) => boolean) => boolean;

export function compileShortest(p: PathPattern, bound: Set<string>, env: Env, where: Expr[] = []): Search {
  if (p.rels.length !== 1) throw syntaxError("UnexpectedSyntax", "shortestPath requires a single relationship pattern");
  const [a, b] = p.nodes,
    rel = p.rels[0];
  const aCheck = compileNodeCheck(a, env, false),
    bCheck = compileNodeCheck(b, env, false);
  const check = compileRelCheck(rel, env);
  const min = rel.varLen ? (rel.varLen.min ?? 1) : 1,
    max = rel.varLen ? (rel.varLen.max ?? Infinity) : 1;
  // Decided now: `bound` is the caller's set and grows as later pattern parts are compiled.
  const aBound = !!a.v && bound.has(a.v),
    bBound = !!b.v && bound.has(b.v);
  const nodesFor = (v: string | undefined, isBound: boolean, row: Row, ctx: Ctx): Iterable<NodeRec> =>
    isBound ? (row[v!] instanceof NodeRec ? [row[v!] as NodeRec] : []) : ctx.store.nodes.values();
  const pairFilter = endpointFilter(where, bound, [a.v, b.v], env);
  return (row, ctx, _used, k) => {
    for (const s of nodesFor(a.v, aBound, row, ctx)) {
      if (!aCheck(s, row, ctx)) continue;
      if (a.v) row[a.v] = s;
      // `(a)-->+(a)`: both ends are the same node
      for (const t of b.v && b.v === a.v && !aBound ? [s] : nodesFor(b.v, bBound, row, ctx)) {
        if (!bCheck(t, row, ctx)) continue;
        if (b.v) row[b.v] = t;
        if (pairFilter && !pairFilter(row, ctx)) continue;
        if (s === t && min > 0 && !p.selector)
          throw runtimeError(
            "ExecutionFailed",
            "ShortestPathCommonEndNodes",
            "The shortest path algorithm does not work when the start and end nodes are the same",
          );
        const paths = p.selector
          ? kShortest(s, t, rel.dir, check, row, ctx, min, max, p.selector.k, p.selector.groups)
          : p.shortest === "all"
            ? allShortest(s, t, rel.dir, check, row, ctx, min, max)
            : [shortest(s, t, rel.dir, check, row, ctx, min, max)].filter((x): x is PathVal => !!x);
        for (const path of paths) {
          if (a.v) row[a.v] = s;
          if (b.v) row[b.v] = t;
          if (rel.v) row[rel.v] = path.rels;
          if (p.v) row[p.v] = path;
          if (!k(row)) return false;
        }
      }
    }
    return true;
  };
}

/**
 * The WHERE conjuncts that read only the endpoints (and variables bound before): Neo4j filters
 * the endpoint pairs with them before searching, so a pair they reject is never searched (and
 * never raises the common-end-nodes error).
 */
function endpointFilter(where: Expr[], bound: Set<string>, ends: (string | undefined)[], env: Env) {
  const known = new Set([...bound, ...ends.filter((v): v is string => !!v)]);
  const pre = where.filter((c) => [...freeVars(c)].every((v) => known.has(v)));
  if (!pre.length) return undefined;
  const fns = pre.map((c) => compileExpr(c, { ...env, scope: known }));
  return (row: Row, ctx: Ctx) => fns.every((f) => asBool(f(row, ctx)) === true);
}

interface Visit {
  node: NodeRec;
  via?: RelRec;
  prev?: Visit;
}

/** Bidirectional BFS: expands the smaller frontier each round; min > 1 falls back to layered search. */
function shortest(
  s: NodeRec,
  t: NodeRec,
  dir: Dir,
  check: RelCheck,
  row: Row,
  ctx: Ctx,
  min: number,
  max: number,
): PathVal | undefined {
  if (s === t)
    return min === 0 ? new PathVal([s], []) : allShortest(s, t, dir, check, row, ctx, Math.max(min, 1), max)[0];
  if (min > 1) return allShortest(s, t, dir, check, row, ctx, min, max)[0];
  const fwd = new Map<NodeRec, Visit>([[s, { node: s }]]),
    bwd = new Map<NodeRec, Visit>([[t, { node: t }]]);
  let ff = [s],
    bf = [t],
    depth = 0;
  while (ff.length && bf.length && depth < max) {
    const forward = ff.length <= bf.length;
    const [frontier, mine, theirs, d] = forward ? [ff, fwd, bwd, dir] : [bf, bwd, fwd, flip(dir)];
    const next: NodeRec[] = [];
    let meet: [Visit, Visit] | undefined;
    for (const n of frontier) {
      const vn = mine.get(n)!;
      eachRel(n, d, (r, o) => {
        ctx.budget.tick();
        if (mine.has(o) || !check(r, row, ctx)) return true;
        const vo = { node: o, via: r, prev: vn };
        mine.set(o, vo);
        next.push(o);
        const other = theirs.get(o);
        if (other) {
          meet = forward ? [vo, other] : [other, vo];
          return false;
        }
        return true;
      });
      if (meet) break;
    }
    depth++;
    if (meet) return join(meet[0], meet[1]);
    if (forward) ff = next;
    else bf = next;
  }
  return undefined;
}

function join(f: Visit, b: Visit): PathVal {
  const nodes: NodeRec[] = [],
    rels: RelRec[] = [];
  for (let v: Visit | undefined = f; v; v = v.prev) {
    nodes.unshift(v.node);
    if (v.via) rels.unshift(v.via);
  }
  for (let v: Visit | undefined = b; v?.prev; v = v.prev) {
    rels.push(v.via!);
    nodes.push(v.prev.node);
  }
  return new PathVal(nodes, rels);
}

/** Layered BFS from s keeping every predecessor on a shortest route, then enumerates the paths. */
function allShortest(
  s: NodeRec,
  t: NodeRec,
  dir: Dir,
  check: RelCheck,
  row: Row,
  ctx: Ctx,
  min: number,
  max: number,
): PathVal[] {
  const preds = new Map<NodeRec, [RelRec, NodeRec][]>();
  const depthOf = new Map<NodeRec, number>([[s, 0]]);
  let frontier = [s],
    depth = 0,
    found = s === t && min === 0;
  while (!found && frontier.length && depth < max) {
    depth++;
    const next: NodeRec[] = [];
    for (const n of frontier) {
      eachRel(n, dir, (r, o) => {
        ctx.budget.tick();
        if (!check(r, row, ctx)) return true;
        const d = depthOf.get(o);
        if (d !== undefined && d < depth && !(o === t && depth >= min && d === 0)) return true;
        if (d === undefined) {
          depthOf.set(o, depth);
          next.push(o);
        }
        let list = preds.get(o);
        if (!list) preds.set(o, (list = []));
        list.push([r, n]);
        return true;
      });
    }
    if (depthOf.get(t) === depth && depth >= min) found = true;
    frontier = next;
  }
  if (!found) return [];
  if (s === t && min === 0) return [new PathVal([s], [])];
  const out: PathVal[] = [];
  const walk = (n: NodeRec, rels: RelRec[], nodes: NodeRec[], left: number) => {
    if (left === 0) {
      if (n === s) out.push(new PathVal([...nodes].reverse(), [...rels].reverse()));
      return;
    }
    for (const [r, p] of preds.get(n) ?? []) {
      if (rels.includes(r)) continue;
      rels.push(r);
      nodes.push(p);
      walk(p, rels, nodes, left - 1);
      rels.pop();
      nodes.pop();
    }
  };
  walk(t, [], [t], depth);
  return out;
}
