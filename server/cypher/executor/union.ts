// A query of UNION parts (the whole query, or a subquery body): each part compiled as a pipeline,
// the columns checked alike, UNION (distinct) and UNION ALL not mixed; run from one input row.
import type { Query } from "../ast.ts";
import { groupKey } from "../compare.ts";
import { syntaxError } from "../errors.ts";
import type { Env } from "../expressions/compile.ts";
import type { Value } from "../values.ts";
import type { Ctx, Row } from "./context.ts";
import type { PlanNode } from "./plan.ts";
import { compilePart, type PartPlan } from "./query.ts";

export interface UnionPlan {
  columns: string[];
  parts: PartPlan[];
  /** The tree above the parts' pipelines (Union / Distinct), or the only part's top operator. */
  top: PlanNode | undefined;
  distinct: boolean;
  /** Runs every part from `input`, handing each result row (values in column order) to `out`. */
  run(ctx: Ctx, input: Row, out: (values: Value[], row: Row) => boolean | void): void;
}

export function compileUnion(
  q: Pick<Query, "parts" | "unionAll">,
  updating: boolean,
  env: Env,
  src: string,
): UnionPlan {
  const parts = q.parts.map((p) => compilePart(p, updating, env, src));
  const columns = parts[0].columns;
  for (const p of parts.slice(1)) {
    if (p.columns.length !== columns.length || p.columns.some((c, i) => c !== columns[i]))
      throw syntaxError("DifferentColumnsInUnion", "All sub queries in a UNION must have the same return column names");
  }
  const all = q.unionAll;
  if (all.some((a) => a !== all[0])) throw syntaxError("InvalidClauseComposition", "Cannot mix UNION and UNION ALL");
  const distinct = all.length > 0 && !all[0];
  const tops = parts.map((p) => p.steps[p.steps.length - 1]).filter((t) => t !== undefined);
  let top: PlanNode | undefined = tops[0];
  if (parts.length > 1) {
    top = { operator: "Union", details: "", identifiers: columns, children: tops };
    if (distinct) top = { operator: "Distinct", details: columns.join(", "), identifiers: columns, children: [top] };
  }
  return {
    columns,
    parts,
    top,
    distinct,
    run(ctx, input, out) {
      const seen = distinct ? new Set<string>() : undefined;
      let stopped = false;
      for (const p of parts) {
        if (stopped) break;
        p.run(
          ctx,
          (row) => {
            const vals = columns.map((c) => row[c] ?? null);
            if (seen) {
              const k = groupKey(vals);
              if (seen.has(k)) return;
              seen.add(k);
            }
            if (out(vals, row) === false) stopped = true;
            return !stopped;
          },
          input,
        );
      }
    },
  };
}
