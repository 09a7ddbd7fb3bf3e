// SHORTEST k and SHORTEST k GROUPS between two nodes: trails (no relationship twice) in order of
// length, found length by length with a depth-first search pruned by each node's BFS distance to
// the target, until k paths (or k distinct lengths, for GROUPS) are found.
import type { NodeRec, RelRec } from "../values.ts";
import { PathVal } from "../values.ts";
import type { Ctx, Row } from "./context.ts";
import { eachRel, flip, type Dir, type RelCheck } from "./pattern-parts.ts";

/** Distances to `t` walking the pattern backwards (uniqueness ignored: a lower bound for pruning). */
function distancesTo(t: NodeRec, dir: Dir, check: RelCheck, row: Row, ctx: Ctx, max: number): Map<NodeRec, number> {
  const dist = new Map([[t, 0]]);
  let frontier = [t];
  for (let d = 1; frontier.length && d <= max; d++) {
    const next: NodeRec[] = [];
    for (const n of frontier)
      eachRel(n, flip(dir), (r, other) => {
        ctx.budget.tick();
        if (!dist.has(other) && check(r, row, ctx)) {
          dist.set(other, d);
          next.push(other);
        }
        return true;
      });
    frontier = next;
  }
  return dist;
}

export function kShortest(
  s: NodeRec,
  t: NodeRec,
  dir: Dir,
  check: RelCheck,
  row: Row,
  ctx: Ctx,
  min: number,
  max: number,
  k: number,
  groups: boolean,
): PathVal[] {
  const relCount = ctx.store.nodes.size ? [...ctx.store.nodes.values()].reduce((n, x) => n + x.out.length, 0) : 0;
  const limit = Math.min(max, relCount);
  const dist = distancesTo(t, dir, check, row, ctx, limit);
  const start = dist.get(s);
  if (start === undefined && !(s === t && min === 0)) return [];
  const found: PathVal[] = [];
  let groupsFound = 0;
  const nodes: NodeRec[] = [s],
    rels: RelRec[] = [];
  const onPath = new Set<RelRec>();
  const dfs = (cur: NodeRec, left: number, out: PathVal[]): void => {
    if (left === 0) {
      if (cur === t) out.push(new PathVal([...nodes], [...rels]));
      return;
    }
    eachRel(cur, dir, (r, other) => {
      ctx.budget.tick();
      if (onPath.has(r) || !check(r, row, ctx)) return true;
      const d = dist.get(other);
      if (d === undefined || d > left - 1) return true;
      onPath.add(r);
      rels.push(r);
      nodes.push(other);
      dfs(other, left - 1, out);
      nodes.pop();
      rels.pop();
      onPath.delete(r);
      return true;
    });
  };
  for (let len = Math.max(min, start ?? 0); len <= limit; len++) {
    const atLen: PathVal[] = [];
    dfs(s, len, atLen);
    if (!atLen.length) continue;
    found.push(...atLen);
    groupsFound++;
    if (groups ? groupsFound >= k : found.length >= k) break;
  }
  return groups ? found : found.slice(0, k);
}
