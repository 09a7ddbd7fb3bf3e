// The explicit plan: a tree of operators, each with Neo4j's description fields (operator, details,
// identifiers) and, for the operators of a pipeline, the push operator the executor runs. EXPLAIN
// returns the description; PROFILE runs the same tree with a row counter on every operator.
import type { Ctx } from "./context.ts";
import type { Op } from "./read-clauses.ts";
import type { Sink } from "./sink.ts";
import { isHidden } from "./anon.ts";

/** What EXPLAIN / PROFILE return: Neo4j's plan description shape; `rows` only under PROFILE. */
export interface PlanDescription {
  operator: string;
  details: string;
  identifiers: string[];
  children: PlanDescription[];
  rows?: number;
}

export interface PlanNode {
  operator: string;
  details: string;
  identifiers: string[];
  children: PlanNode[];
}

/** One operator of a pipeline: pushes its output rows into the next operator's sink. */
export interface PipeNode extends PlanNode {
  op: Op;
}

/** Rows each operator produced during a PROFILE run. */
export type RowCounts = Map<PlanNode, number>;

export const visibleIds = (scope: Iterable<string>): string[] => [...scope].filter((v) => !isHidden(v)).sort();

/** Composes a pipeline (leaf first) into the sink its input rows are pushed to. */
export function openPipeline(steps: PipeNode[], last: Sink, ctx: Ctx, barrier?: (s: Sink) => Sink): Sink {
  let sink = last;
  for (let i = steps.length - 1; i >= 0; i--) {
    const downstream = barrier && i < steps.length - 1 ? barrier(sink) : sink;
    sink = steps[i].op(counted(steps[i], downstream, ctx), ctx);
  }
  return sink;
}

/** Under PROFILE, counts the rows an operator hands downstream. */
function counted(node: PlanNode, next: Sink, ctx: Ctx): Sink {
  const counts = ctx.profile;
  if (!counts) return next;
  counts.set(node, counts.get(node) ?? 0);
  return {
    push: (row) => {
      counts.set(node, counts.get(node)! + 1);
      return next.push(row);
    },
    end: () => next.end(),
  };
}

export function describe(node: PlanNode, counts?: RowCounts): PlanDescription {
  const d: PlanDescription = {
    operator: node.operator,
    details: node.details,
    identifiers: node.identifiers,
    children: node.children.map((c) => describe(c, counts)),
  };
  if (counts) d.rows = counts.get(node) ?? 0;
  return d;
}

/** One line of query text for an operator's details (whitespace collapsed, long text shortened). */
export function detailsText(src: string, from: number, to: number | undefined): string {
  const t = src
    .slice(from, to ?? src.length)
    .replace(/\s+/g, " ")
    .trim();
  return t.length > 160 ? `${t.slice(0, 157)}...` : t;
}
