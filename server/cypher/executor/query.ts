// Compiles a parsed query into its plan: an operator tree (plan.ts) whose pipelines, one per UNION
// part, the executor runs as push operators, with eager barriers between clauses when the query
// writes, and UNION / UNION ALL combination.
import type { Clause, Query, SingleQuery } from "../ast.ts";
import { UPDATING } from "../ast.ts";
import type { Env } from "../expressions/compile.ts";
import type { Value } from "../values.ts";
import type { Ctx, Row } from "./context.ts";
import { compileAggFold } from "./agg-fold.ts";
import { compileProjection, type CompiledProjection } from "./projection.ts";
import { clauseOperator } from "./operators.ts";
import { compileProcedureCall } from "./procedure-call.ts";
import { compileSubquery } from "./subquery.ts";
import { detailsText, openPipeline, visibleIds, type PipeNode, type PlanNode } from "./plan.ts";
import { compileMatch, compileUnwind, type CompiledClause } from "./read-clauses.ts";
import "./pattern-exprs.ts";
import { eager, type Sink } from "./sink.ts";
import { compileUnion } from "./union.ts";
import { compileCreate, compileDelete, compileMerge, compileRemove, compileSet } from "./write-clauses.ts";

export interface Plan {
  columns: string[];
  updating: boolean;
  /** The operator tree EXPLAIN prints (ProduceResults at the root). */
  root: PlanNode;
  run(ctx: Ctx): Value[][];
}

function compileClause(c: Clause, env: Env, updating: boolean, src: string): CompiledClause {
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
    case "subquery":
      return compileSubquery(c, env, updating, src);
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
    const cc = compileClause(c, env, updating, src) as CompiledClause & {
      columns?: string[];
      proj?: CompiledProjection;
      plan?: PlanNode;
    };
    // MATCH (relationship scan) + aggregate-only projection: one fused operator (see agg-fold.ts)
    const prev = q.clauses[i - 1];
    const fused = !updating && cc.proj && prev ? compileAggFold(prev, cc.proj, envs[i - 1]) : undefined;
    const node: PipeNode = {
      operator: clauseOperator(c, env.scope),
      details: detailsText(src, c.pos, c.end),
      identifiers: visibleIds(cc.scope),
      children: [...(steps.length ? [steps[steps.length - 1]] : []), ...(cc.plan ? [cc.plan] : [])],
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
  const updating = hasUpdates(q);
  const u = compileUnion(q, updating, { scope: new Set() }, src);
  const columns = u.columns;
  const top = u.top!;
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
      u.run(ctx, {}, (vals) => {
        rows.push(vals);
        ctx.budget.rows(rows.length);
        ctx.budget.weigh(vals);
      });
      if (ctx.profile) {
        ctx.profile.set(root, rows.length);
        if (u.parts.length > 1) {
          ctx.profile.set(top, rows.length);
          if (u.distinct) ctx.profile.set(top.children[0], sumRows(ctx, top.children[0].children));
        }
      }
      return rows;
    },
  };
}

/** Whether a query, its subqueries included, writes. */
export function hasUpdates(q: unknown): boolean {
  if (!q || typeof q !== "object") return false;
  if (Array.isArray(q)) return q.some(hasUpdates);
  const o = q as Record<string, unknown>;
  if (typeof o.k === "string" && UPDATING.has(o.k)) return true;
  return Object.entries(o).some(([k, v]) => k !== "proc" && v !== null && typeof v === "object" && hasUpdates(v));
}

const sumRows = (ctx: Ctx, nodes: PlanNode[]) => nodes.reduce((n, t) => n + (ctx.profile?.get(t) ?? 0), 0);
