// Quantified path pattern groups of one relationship, `((x:L)-[r:T]->(y) WHERE ...){1,3}`, run as a
// variable-length step: every hop must satisfy the group's node patterns and WHERE (evaluated with
// x, y and r bound to that hop's elements), and after a match x and y are bound to the lists of
// each iteration's nodes (group variables), r to the list of relationships.
import type { RelPattern } from "../ast.ts";
import { compileExpr, type Env } from "../expressions/compile.ts";
import type { NodeRec, RelRec, Value } from "../values.ts";
import type { Ctx, Row } from "./context.ts";
import { compileNodeCheck } from "./pattern-parts.ts";

export interface GroupHop {
  /** `cur` -> `other` is one hop in traversal order (`reverse`: against the pattern's order). */
  hop(cur: NodeRec, rel: RelRec, other: NodeRec, row: Row, ctx: Ctx, reverse: boolean): boolean;
  /** Binds the group's node variables from the path's nodes in traversal order. */
  bind(row: Row, nodes: NodeRec[], reverse: boolean): void;
}

export function compileGroupHop(rel: RelPattern, env: Env): GroupHop {
  const g = rel.group!;
  const fromCheck = compileNodeCheck({ ...g.from, v: undefined }, env, false);
  const toCheck = compileNodeCheck({ ...g.to, v: undefined }, env, false);
  const vars = [g.from.v, g.to.v, rel.v];
  const scope = new Set([...env.scope, ...vars.filter((v): v is string => !!v)]);
  const where = g.where ? compileExpr(g.where, { scope }) : undefined;
  return {
    hop(cur, r, other, row, ctx, reverse) {
      const [a, b] = reverse ? [other, cur] : [cur, other];
      if (!fromCheck(a, row, ctx) || !toCheck(b, row, ctx)) return false;
      if (!where) return true;
      const saved: (Value | undefined)[] = vars.map((v) => (v ? row[v] : undefined));
      const set = (i: number, x: Value | undefined) => {
        const v = vars[i];
        if (v) row[v] = x as Value;
      };
      set(0, a);
      set(1, b);
      set(2, r);
      try {
        return where(row, ctx) === true;
      } finally {
        saved.forEach((x, i) => set(i, x));
      }
    },
    bind(row, nodes, reverse) {
      const ns = reverse ? [...nodes].reverse() : nodes;
      if (g.from.v) row[g.from.v] = ns.slice(0, -1);
      if (g.to.v) row[g.to.v] = ns.slice(1);
    },
  };
}
