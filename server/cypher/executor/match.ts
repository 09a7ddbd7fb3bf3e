// Pattern matcher: compiles a MATCH pattern list into a push-style search (start node chosen by
// the planner, then expansion step by step, variable-length steps by DFS) with relationship
// uniqueness across the whole pattern, budget checks in every loop, and path binding.
import type { Expr, PathPattern, RelPattern } from "../ast.ts";
import { compileExpr, type Env } from "../expressions/compile.ts";
import { asBool } from "../expressions/logic.ts";
import { chooseStart, conjuncts, type StartPlan } from "../planner.ts";
import { NodeRec, PathVal, RelRec, type Value } from "../values.ts";
import type { Ctx, Fn, Row } from "./context.ts";
import { compileNodeCheck, compileRelCheck, flip, type Dir, type NodeCheck, type RelCheck } from "./pattern-parts.ts";
import { anonName, isHidden } from "./anon.ts";
import { compileRelFold, compileRelScan, isRelScan, type RelFold } from "./rel-scan.ts";
import { compileShortest } from "./shortest.ts";
import { compileGroupHop, type GroupHop } from "./group.ts";

export type Emit = (row: Row) => boolean;
/** Runs the search for one input row; returns false when the consumer asked to stop. */
export type Matcher = (row: Row, ctx: Ctx, emit: Emit) => boolean;

export { anonName, isHidden } from "./anon.ts";

/** Gives every unnamed node/relationship a hidden variable so steps can bind and paths can be built. */
export function nameAnonymous(p: PathPattern): PathPattern {
  return {
    ...p,
    nodes: p.nodes.map((n) => (n.v ? n : { ...n, v: anonName("n") })),
    rels: p.rels.map((r) => (r.v ? r : { ...r, v: anonName("r") })),
  };
}

interface Step {
  rel: RelPattern;
  dir: Dir;
  check: RelCheck;
  target: NodeCheck;
  nodeVar: string;
  relBound: boolean;
  reverse: boolean;
  /** A quantified group's per-hop checks and group variables (executor/group.ts). */
  group: GroupHop | undefined;
  /** Hidden (anonymous) variables are only written when a path variable needs them. */
  bindRel: boolean;
  bindNode: boolean;
  /** Fast paths: a single relationship type to compare, and no check at all on the target node. */
  onlyType: string | undefined;
  anyTarget: boolean;
  /** The first backward step after forward ones starts again from the start node, not the last node reached. */
  fromStart: boolean;
}

type Search = (r: Row, ctx: Ctx, used: RelRec[], k: (r: Row) => boolean) => boolean;

function candidates(plan: StartPlan, p: PathPattern, at: number, env: Env): (row: Row, ctx: Ctx) => Iterable<NodeRec> {
  if (plan.k === "bound")
    return (row) =>
      row[plan.v] instanceof NodeRec && !(row[plan.v] as NodeRec).deleted ? [row[plan.v] as NodeRec] : [];
  if (plan.k === "index") {
    const f = compileExpr(plan.value, env);
    return (row, ctx) => ctx.store.lookup(plan.prop, f(row, ctx));
  }
  if (plan.k === "label") {
    const labels = p.nodes[at].labels;
    return (_row, ctx) => {
      let best: Set<NodeRec> | undefined;
      for (const l of labels) {
        const s = ctx.store.labelSet(l);
        if (!s) return [];
        if (!best || s.size < best.size) best = s;
      }
      return best!;
    };
  }
  return (_row, ctx) => ctx.store.nodes.values();
}

function compilePath(p: PathPattern, where: Expr[], bound: Set<string>, env: Env, alone: boolean): Search {
  if (p.shortest) return compileShortest(p, bound, env, where);
  const { at, plan } = chooseStart(p, where, bound);
  // alone: no other pattern part shares the uniqueness list, so the scan need not fill it
  if (alone && isRelScan(p, plan, bound)) {
    const scan = compileRelScan(p, env);
    return (r, ctx, _used, k) => scan(r, ctx, k);
  }
  const cands = candidates(plan, p, at, env);
  const startVar = p.nodes[at].v!;
  // the start node is read back by the first backward step when forward steps ran before it
  const bindStart = !!p.v || !isHidden(startVar) || (at > 0 && at < p.rels.length);
  const startCheck = compileNodeCheck(p.nodes[at], env, bound.has(startVar) && plan.k !== "bound");
  const steps: Step[] = [];
  const seen = new Set(bound);
  seen.add(startVar);
  const mkStep = (ri: number, ni: number, reverse: boolean) => {
    const rel = p.rels[ri],
      np = p.nodes[ni];
    steps.push({
      rel,
      dir: reverse ? flip(rel.dir) : rel.dir,
      check: compileRelCheck(rel, env),
      target: compileNodeCheck(np, env, seen.has(np.v!)),
      nodeVar: np.v!,
      relBound: seen.has(rel.v!),
      group: rel.group ? compileGroupHop(rel, env) : undefined,
      reverse,
      bindRel: !!p.v || !isHidden(rel.v!),
      bindNode: !!p.v || !isHidden(np.v!),
      onlyType: rel.types.length === 1 && !rel.props ? rel.types[0] : undefined,
      anyTarget: !np.labels.length && !np.labelExpr && !np.props && !seen.has(np.v!),
      fromStart: reverse && ri === at - 1 && at < p.rels.length,
    });
    seen.add(np.v!);
    seen.add(rel.v!);
  };
  for (let i = at; i < p.rels.length; i++) mkStep(i, i + 1, false);
  for (let i = at - 1; i >= 0; i--) mkStep(i, i, true);
  const pathVar = p.v,
    nodeVars = p.nodes.map((n) => n.v!),
    relVars = p.rels.map((r) => r.v!);
  const varLen = p.rels.map((r) => !!r.varLen);
  const needRelList = (v: string) => !!pathVar || !isHidden(v);

  const finish = (r: Row, ctx: Ctx, k: (r: Row) => boolean) => {
    if (pathVar) {
      const path = buildPath(r, nodeVars, relVars, varLen);
      ctx.budget.tick(path.rels.length);
      r[pathVar] = path;
    }
    return k(r);
  };

  const run = (si: number, node: NodeRec, r: Row, ctx: Ctx, used: RelRec[], k: (r: Row) => boolean): boolean => {
    if (si === steps.length) return finish(r, ctx, k);
    const st = steps[si];
    if (st.fromStart) node = r[startVar] as NodeRec;
    if (st.rel.varLen) return runVarLen(st, si, node, r, ctx, used, k);
    // plain loops rather than eachRel's callback: this is the hottest loop of the engine
    const dir = st.dir;
    if (dir !== "in") {
      const out = node.out;
      for (let i = 0; i < out.length; i++) if (!hop(st, si, out[i], out[i].end, r, ctx, used, k)) return false;
    }
    if (dir !== "out") {
      const inc = node.in;
      for (let i = 0; i < inc.length; i++) {
        const rel = inc[i];
        if (dir === "both" && rel.start === rel.end) continue; // self-loop already seen as outgoing
        if (!hop(st, si, rel, rel.start, r, ctx, used, k)) return false;
      }
    }
    return true;
  };

  const hop = (
    st: Step,
    si: number,
    rel: RelRec,
    other: NodeRec,
    r: Row,
    ctx: Ctx,
    used: RelRec[],
    k: (r: Row) => boolean,
  ): boolean => {
    ctx.budget.tick();
    if (used.length && used.includes(rel)) return true;
    if (st.onlyType !== undefined ? rel.type !== st.onlyType : !st.check(rel, r, ctx)) return true;
    const relVar = st.rel.v!;
    if (st.relBound && r[relVar] !== rel) return true;
    if (!st.anyTarget && !st.target(other, r, ctx)) return true;
    if (st.bindRel) r[relVar] = rel;
    if (st.bindNode) r[st.nodeVar] = other;
    used.push(rel);
    const go = run(si + 1, other, r, ctx, used, k);
    used.pop();
    return go;
  };

  /**
   * Variable-length step as an iterative DFS (explicit stack, so long paths cannot overflow the JS
   * call stack). Every prefix of length >= min whose end node fits is handed to the next step.
   */
  /**
   * A variable-length step whose relationship list was bound before (`MATCH ()-[rs*]->() ...
   * MATCH (x)-[rs*]->(y)`): exactly that list, followed in order from `node`, as Neo4j does.
   */
  const runBoundList = (
    st: Step,
    si: number,
    node: NodeRec,
    r: Row,
    ctx: Ctx,
    used: RelRec[],
    k: (r: Row) => boolean,
  ): boolean => {
    const list = r[st.rel.v!];
    if (!Array.isArray(list) || !list.every((x) => x instanceof RelRec)) return true;
    const min = st.rel.varLen!.min ?? 1,
      max = st.rel.varLen!.max ?? Infinity;
    if (list.length < min || list.length > max) return true;
    // the list is kept in pattern order (left to right); a backward step walks it from the right
    const rels = (st.reverse ? [...list].reverse() : list) as RelRec[];
    if (new Set(rels).size !== rels.length) return true;
    let cur = node;
    for (const rel of rels) {
      ctx.budget.tick();
      if (used.includes(rel) || !st.check(rel, r, ctx)) return true;
      if (st.dir !== "in" && rel.start === cur) cur = rel.end;
      else if (st.dir !== "out" && rel.end === cur) cur = rel.start;
      else return true;
    }
    if (!st.target(cur, r, ctx)) return true;
    if (st.bindNode) r[st.nodeVar] = cur;
    used.push(...rels);
    const go = run(si + 1, cur, r, ctx, used, k);
    used.length -= rels.length;
    return go;
  };

  const runVarLen = (
    st: Step,
    si: number,
    node: NodeRec,
    r: Row,
    ctx: Ctx,
    used: RelRec[],
    k: (r: Row) => boolean,
  ): boolean => {
    if (st.relBound) return runBoundList(st, si, node, r, ctx, used, k);
    const min = st.rel.varLen!.min ?? 1,
      max = st.rel.varLen!.max ?? Infinity;
    const dir = st.dir,
      bindList = needRelList(st.rel.v!),
      baseLen = used.length;
    const acc: RelRec[] = [],
      onPath = new Set<RelRec>();
    const nodes: NodeRec[] = [node],
      next: number[] = [0];
    const visit = (cur: NodeRec): boolean => {
      if (acc.length < min || !st.target(cur, r, ctx)) return true;
      if (bindList) {
        ctx.budget.tick(acc.length); // copying the list costs its length
        r[st.rel.v!] = st.reverse ? [...acc].reverse() : [...acc];
      }
      if (st.bindNode) r[st.nodeVar] = cur;
      if (st.group) st.group.bind(r, nodes, st.reverse);
      return run(si + 1, cur, r, ctx, used, k);
    };
    const usedElsewhere = (rel: RelRec) => {
      for (let i = 0; i < baseLen; i++) if (used[i] === rel) return true;
      return false;
    };
    if (!visit(node)) return false;
    while (nodes.length) {
      const d = nodes.length - 1,
        cur = nodes[d];
      const nOut = dir === "in" ? 0 : cur.out.length,
        nIn = dir === "out" ? 0 : cur.in.length;
      let advanced = false;
      while (acc.length < max && next[d] < nOut + nIn) {
        const j = next[d]++;
        const rel = j < nOut ? cur.out[j] : cur.in[j - nOut];
        if (j >= nOut && dir === "both" && rel.start === rel.end) continue; // self-loop seen as outgoing
        ctx.budget.tick();
        if (onPath.has(rel) || usedElsewhere(rel) || !st.check(rel, r, ctx)) continue;
        const other = j < nOut ? rel.end : rel.start;
        if (st.group && !st.group.hop(cur, rel, other, r, ctx, st.reverse)) continue;
        acc.push(rel);
        onPath.add(rel);
        used.push(rel);
        nodes.push(other);
        next.push(0);
        if (!visit(other)) return false;
        advanced = true;
        break;
      }
      if (advanced) continue;
      nodes.pop();
      next.pop();
      if (acc.length) {
        onPath.delete(acc.pop()!);
        used.pop();
      }
    }
    return true;
  };

  return (row, ctx, used, k) => {
    for (const n of cands(row, ctx)) {
      ctx.budget.tick();
      if (n.deleted || !startCheck(n, row, ctx)) continue;
      if (bindStart) row[startVar] = n;
      if (!run(0, n, row, ctx, used, k)) return false;
    }
    return true;
  };
}

export function buildPath(r: Row, nodeVars: string[], relVars: string[], varLen: boolean[]): PathVal {
  let cur = r[nodeVars[0]] as NodeRec;
  const nodes = [cur],
    rels: RelRec[] = [];
  relVars.forEach((v, i) => {
    const x = r[v] as Value;
    for (const rel of varLen[i] ? (x as RelRec[]) : [x as RelRec]) {
      cur = rel.other(cur);
      rels.push(rel);
      nodes.push(cur);
    }
  });
  return new PathVal(nodes, rels);
}

/** Compiles a comma-separated pattern list with an optional WHERE into a Matcher. */
export function compileMatcher(patterns: PathPattern[], where: Expr | undefined, env: Env): Matcher {
  const named = patterns.map(nameAnonymous);
  const conj = conjuncts(where);
  const bound = new Set(env.scope);
  const searches: Search[] = [];
  for (const p of named) {
    searches.push(compilePath(p, conj, bound, env, named.length === 1));
    for (const n of p.nodes) bound.add(n.v!);
    for (const r of p.rels) bound.add(r.v!);
    if (p.v) bound.add(p.v);
  }
  const filter: Fn | undefined = where ? compileExpr(where, { ...env, scope: bound }) : undefined;
  // one pattern part without WHERE: hand rows straight to the consumer (no chain per row)
  if (searches.length === 1 && !filter) {
    const only = searches[0];
    return (row, ctx, emit) => only({ ...row }, ctx, [], emit);
  }
  return (row, ctx, emit) => {
    const r: Row = { ...row };
    const used: RelRec[] = [];
    const chain = (i: number): boolean =>
      i === searches.length
        ? !filter || asBool(filter(r, ctx)) === true
          ? emit(r)
          : true
        : searches[i](r, ctx, used, () => chain(i + 1));
    return chain(0);
  };
}

/** Variables a pattern list introduces (named ones only). */
export function patternVars(patterns: PathPattern[]): string[] {
  const out: string[] = [];
  for (const p of patterns) {
    if (p.v) out.push(p.v);
    for (const n of p.nodes) if (n.v) out.push(n.v);
    for (const r of p.rels) {
      if (r.v) out.push(r.v);
      for (const n of r.group ? [r.group.from, r.group.to] : []) if (n.v) out.push(n.v);
    }
  }
  return [...new Set(out)];
}

/**
 * A MATCH of one pattern part that runs as a relationship scan, for consumers folding every match:
 * the scan and the WHERE filter (compiled as compileMatcher would), or undefined when the pattern
 * is not served by the relationship scan.
 */
export function compileRelScanMatch(
  patterns: PathPattern[],
  where: Expr | undefined,
  env: Env,
): { fold: RelFold; filter?: Fn; relVar: string } | undefined {
  if (patterns.length !== 1) return undefined;
  const p = nameAnonymous(patterns[0]);
  if (p.shortest) return undefined;
  const bound = new Set(env.scope);
  const { plan } = chooseStart(p, conjuncts(where), bound);
  if (!isRelScan(p, plan, bound)) return undefined;
  const fold = compileRelFold(p, env);
  for (const n of p.nodes) bound.add(n.v!);
  for (const r of p.rels) bound.add(r.v!);
  const filter = where ? compileExpr(where, { ...env, scope: bound }) : undefined;
  return { fold, filter, relVar: p.rels[0].v! };
}
