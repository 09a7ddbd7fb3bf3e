// Compiles a parsed query into its plan: an operator tree (plan.ts) whose pipelines, one per UNION
// part, the executor runs as push operators, with eager barriers between clauses when the query
// writes, and UNION / UNION ALL combination.
import type { Clause, Query, SingleQuery } from "../ast.ts";
import { UPDATING } from "../ast.ts";
import { groupKey } from "../compare.ts";
import { syntaxError } from "../errors.ts";
import type { Env } from "../expressions/compile.ts";
import type { Value } from "../values.ts";
import type { Ctx, Row } from "./context.ts";
import { compileAggFold } from "./agg-fold.ts";
import { compileProjection, type CompiledProjection } from "./projection.ts";
import { clauseOperator } from "./operators.ts";
import { compileProcedureCall } from "./procedure-call.ts";
import { detailsText, openPipeline, visibleIds, type PipeNode, type PlanNode } from "./plan.ts";
import { compileMatch, compileUnwind, type CompiledClause } from "./read-clauses.ts";
import "./pattern-exprs.ts";
import { eager, type Sink } from "./sink.ts";
import { compileCreate, compileDelete, compileMerge, compileRemove, compileSet } from "./write-clauses.ts";

export interface Plan {
  columns: string[];
  updating: boolean;
  /** The operator tree EXPLAIN prints (ProduceResults at the root). */
  root: PlanNode;
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
    case "procedure":
      return compileProcedureCall(c, env);
  }
}

export interface PartPlan {
  columns: string[];
  /** The part's operators, leaf first; the last one is the part's top operator. */
  steps: PipeNode[];
  run(ctx: Ctx, out: (row: Row) => boolean | void, input?: Row): void;
}

/** A part without RETURN (pure update) produces no result rows. */
export function compilePart(q: SingleQuery, updating: boolean, outer: Env = { scope: new Set() }, src = ""): PartPlan {
  let env: Env = outer;
  const steps: PipeNode[] = [];
  const envs: Env[] = []; // the input scope of each clause
  let columns: string[] = [];
  // `CALL proc(...)` alone returns what it yields (nothing for a procedure without outputs)
  const only = q.clauses.length === 1 ? q.clauses[0] : undefined;
  const standalone = only?.k === "procedure";
  const yieldsRows = only?.k === "procedure" && only.proc!.outputs.length > 0;
  for (let i = 0; i < q.clauses.length; i++) {
    const c = q.clauses[i];
    const cc = compileClause(c, env) as CompiledClause & { columns?: string[]; proj?: CompiledProjection };
    // MATCH (relationship scan) + aggregate-only projection: one fused operator (see agg-fold.ts)
    const prev = q.clauses[i - 1];
    const fused = !updating && cc.proj && prev ? compileAggFold(prev, cc.proj, envs[i - 1]) : undefined;
    const node: PipeNode = {
      operator: clauseOperator(c, env.scope),
      details: detailsText(src, c.pos, c.end),
      identifiers: visibleIds(cc.scope),
      children: steps.length ? [steps[steps.length - 1]] : [],
      op: fused ?? cc.op,
    };
    if (fused) {
      const scan = steps.pop()!;
      node.details = `${scan.details} ${node.details}`;
      node.children = scan.children;
    }
    steps.push(node);
    if (c.k === "return" || standalone) columns = cc.columns!;
    envs.push(env);
    env = { scope: cc.scope };
  }
  return {
    columns,
    steps,
    run(ctx, out, input = {}) {
      const returns = q.clauses[q.clauses.length - 1]?.k === "return" || yieldsRows || outer.scope.size > 0;
      const last: Sink = { push: (row) => (returns ? out(row) !== false : true), end: () => {} };
      const sink = openPipeline(steps, last, ctx, updating ? eager : undefined);
      sink.push(input);
      sink.end();
    },
  };
}

export function compilePlan(q: Query, src = ""): Plan {
  const updating = q.parts.some((p) => p.clauses.some((c) => UPDATING.has(c.k)));
  const parts = q.parts.map((p) => compilePart(p, updating, undefined, src));
  const columns = parts[0].columns;
  for (const p of parts.slice(1)) {
    if (p.columns.length !== columns.length || p.columns.some((c, i) => c !== columns[i]))
      throw syntaxError("DifferentColumnsInUnion", "All sub queries in a UNION must have the same return column names");
  }
  const all = q.unionAll;
  if (all.some((a) => a !== all[0])) throw syntaxError("InvalidClauseComposition", "Cannot mix UNION and UNION ALL");
  const distinct = all.length > 0 && !all[0];
  const tops = parts.map((p) => p.steps[p.steps.length - 1]).filter((t) => t !== undefined);
  let top: PlanNode = tops[0];
  if (parts.length > 1) {
    top = { operator: "Union", details: "", identifiers: columns, children: tops };
    if (distinct) top = { operator: "Distinct", details: columns.join(", "), identifiers: columns, children: [top] };
  }
  const root: PlanNode = {
    operator: "ProduceResults",
    details: columns.join(", "),
    identifiers: columns,
    children: [top],
  };
  return {
    columns,
    updating,
    root,
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
      if (ctx.profile) {
        ctx.profile.set(root, rows.length);
        if (top !== tops[0]) ctx.profile.set(top, rows.length);
        if (distinct && top.children[0]) ctx.profile.set(top.children[0], sumRows(ctx, tops));
      }
      return rows;
    },
  };
}

const sumRows = (ctx: Ctx, nodes: PlanNode[]) => nodes.reduce((n, t) => n + (ctx.profile?.get(t) ?? 0), 0);
