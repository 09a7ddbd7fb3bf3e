// CALL { ... } subqueries as an Apply operator: per input row, the body (a UNION query) runs from
// the variables it imports — those of a leading importing WITH, or the scope clause `(a, b)` /
// `(*)` — and each row it returns extends the input row; a body without RETURN (unit subquery)
// passes the input row on once. OPTIONAL CALL keeps an input row the body returned nothing for.
import type { Clause, Query } from "../ast.ts";
import type { Env } from "../expressions/compile.ts";
import type { Row } from "./context.ts";
import type { PlanNode } from "./plan.ts";
import type { CompiledClause } from "./read-clauses.ts";
import { compileUnion } from "./union.ts";
import { importedVars } from "../semantics/subqueries.ts";

type SubqueryClause = Clause & { k: "subquery" };

const returns = (q: Query) => q.parts.every((p) => p.clauses[p.clauses.length - 1]?.k === "return");

export function compileSubquery(
  c: SubqueryClause,
  env: Env,
  updating: boolean,
  src: string,
): CompiledClause & { plan: PlanNode | undefined } {
  const imported = importedVars(c, env.scope);
  const body = compileUnion(c.query, updating, { scope: new Set(imported) }, src);
  const unit = !returns(c.query);
  const added = unit ? [] : body.columns;
  const scope = new Set([...env.scope, ...added]);
  return {
    scope,
    plan: body.top,
    op: (next, ctx) => ({
      push(row) {
        const input: Row = {};
        for (const v of imported) input[v] = row[v] ?? null;
        if (unit) {
          body.run(ctx, input, () => {});
          return next.push(row);
        }
        let any = false,
          go = true;
        body.run(ctx, input, (vals) => {
          any = true;
          const r: Row = { ...row };
          added.forEach((col, i) => (r[col] = vals[i]));
          go = next.push(r);
          return go;
        });
        if (!any && c.optional) {
          const r: Row = { ...row };
          for (const col of added) r[col] = null;
          return next.push(r);
        }
        return go;
      },
      end: () => next.end(),
    }),
  };
}
