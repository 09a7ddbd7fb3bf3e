// Compiles a parsed query into an executable plan: a chain of push operators per UNION part,
// with eager barriers between clauses when the query writes, and UNION / UNION ALL combination.
import type { Clause, Query, SingleQuery } from "../ast.ts";
import { UPDATING } from "../ast.ts";
import { groupKey } from "../compare.ts";
import { syntaxError } from "../errors.ts";
import type { Env } from "../expressions/compile.ts";
import type { Value } from "../values.ts";
import type { Ctx, Row } from "./context.ts";
import { compileAggFold } from "./agg-fold.ts";
import { compileProjection, type CompiledProjection } from "./projection.ts";
import { compileMatch, compileUnwind, type CompiledClause, type Op } from "./read-clauses.ts";
import { eager, type Sink } from "./sink.ts";
import { compileCreate, compileDelete, compileMerge, compileRemove, compileSet } from "./write-clauses.ts";

export interface Plan {
  columns: string[];
  updating: boolean;
  run(ctx: Ctx): Value[][];
}

function compileClause(c: Clause, env: Env): CompiledClause {
  switch (c.k) {
    case "match":
      return compileMatch(c, env);
    case "unwind":
      return compileUnwind(c, env);
    case "with":
    case "return": {
      const p = compileProjection(c.proj, env, c.k === "with" ? c.where : undefined);
      return { scope: p.scope, op: p.op, columns: p.columns, proj: p } as CompiledClause & { columns: string[] };
    }
    case "create":
      return compileCreate(c, env);
    case "merge":
      return compileMerge(c, env);
    case "set":
      return compileSet(c, env);
    case "remove":
      return compileRemove(c, env);
    case "delete":
      return compileDelete(c, env);
  }
}

export interface PartPlan {
  columns: string[];
  run(ctx: Ctx, out: (row: Row) => boolean | void, input?: Row): void;
}

/** A part without RETURN (pure update) produces no result rows. */

export function compilePart(q: SingleQuery, updating: boolean, outer: Env = { scope: new Set() }): PartPlan {
  let env: Env = outer;
  const ops: Op[] = [];
  const envs: Env[] = []; // the input scope of each clause
  let columns: string[] = [];
  for (let i = 0; i < q.clauses.length; i++) {
    const c = q.clauses[i];
    const cc = compileClause(c, env) as CompiledClause & { columns?: string[]; proj?: CompiledProjection };
    // MATCH (relationship scan) + aggregate-only projection: one fused operator (see agg-fold.ts)
    const prev = q.clauses[i - 1];
    const fused = !updating && cc.proj && prev ? compileAggFold(prev, cc.proj, envs[i - 1]) : undefined;
    if (fused) ops[ops.length - 1] = fused;
    else ops.push(cc.op);
    if (c.k === "return") columns = cc.columns!;
    envs.push(env);
    env = { scope: cc.scope };
  }
  return {
    columns,
    run(ctx, out, input = {}) {
      const returns = q.clauses[q.clauses.length - 1]?.k === "return" || outer.scope.size > 0;
      let sink: Sink = { push: (row) => (returns ? out(row) !== false : true), end: () => {} };
      for (let i = ops.length - 1; i >= 0; i--) sink = ops[i](updating && i < ops.length - 1 ? eager(sink) : sink, ctx);
      sink.push(input);
      sink.end();
    },
  };
}

export function compilePlan(q: Query): Plan {
  const updating = q.parts.some((p) => p.clauses.some((c) => UPDATING.has(c.k)));
  const parts = q.parts.map((p) => compilePart(p, updating));
  const columns = parts[0].columns;
  for (const p of parts.slice(1)) {
    if (p.columns.length !== columns.length || p.columns.some((c, i) => c !== columns[i]))
      throw syntaxError("DifferentColumnsInUnion", "All sub queries in a UNION must have the same return column names");
  }
  const all = q.unionAll;
  if (all.some((a) => a !== all[0])) throw syntaxError("InvalidClauseComposition", "Cannot mix UNION and UNION ALL");
  const distinct = all.length > 0 && !all[0];
  return {
    columns,
    updating,
    run(ctx) {
      const rows: Value[][] = [];
      const seen = distinct ? new Set<string>() : undefined;
      for (const p of parts) {
        p.run(ctx, (row) => {
          const vals = columns.map((c) => row[c] ?? null);
          if (seen) {
            const k = groupKey(vals);
            if (seen.has(k)) return;
            seen.add(k);
          }
          rows.push(vals);
          ctx.budget.rows(rows.length);
          ctx.budget.weigh(vals);
        });
      }
      return rows;
    },
  };
}
