// CALL of a catalog procedure as a push operator: per input row, evaluate the arguments (or read
// them from parameters for `CALL name`), run the procedure, bind the yielded columns (renamed by
// AS), filter by WHERE. A procedure with no outputs passes each input row on once.
import type { ProcedureCall } from "../ast.ts";
import { CypherError } from "../errors.ts";
import { compileExpr, type Env } from "../expressions/compile.ts";
import { yieldedOutputs } from "../semantics/procedures.ts";
import type { Value } from "../values.ts";
import type { Ctx, Fn, Row } from "./context.ts";
import type { CompiledClause } from "./read-clauses.ts";

function compileArgs(c: ProcedureCall, env: Env): Fn[] {
  const proc = c.proc!;
  if (c.args) return c.args.map((a) => compileExpr(a, env));
  return proc.inputs.map((inp) => (_row: Row, ctx: Ctx) => {
    const v = ctx.params[inp.name];
    if (v === undefined)
      throw new CypherError("ParameterMissing", "MissingParameter", `Expected parameter $${inp.name}`, "compile");
    return v;
  });
}

/** FLOAT inputs take integers as floats, as Neo4j coerces them. */
const coerce = (type: string, v: Value): Value =>
  typeof v === "bigint" && /^FLOAT\??$/i.test(type.trim()) ? Number(v) : v;

export function compileProcedureCall(c: ProcedureCall, env: Env): CompiledClause & { columns: string[] } {
  const proc = c.proc!;
  const args = compileArgs(c, env);
  const columns = yieldedOutputs(c);
  const sources = c.yields ? c.yields.map((y) => y.name) : columns;
  const scope = new Set([...env.scope, ...(proc.outputs.length ? columns : [])]);
  const where = c.where ? compileExpr(c.where, { scope }) : undefined;
  return {
    scope,
    columns,
    op: (next, ctx) => ({
      push(row) {
        const values = args.map((f, i) => coerce(proc.inputs[i]?.type ?? "ANY", f(row, ctx)));
        if (!proc.outputs.length) {
          for (const _ of proc.run(values, ctx)) ctx.budget.tick();
          return next.push(row);
        }
        for (const out of proc.run(values, ctx)) {
          ctx.budget.tick();
          const r: Row = { ...row };
          columns.forEach((col, i) => (r[col] = out[sources[i]] ?? null));
          if (where && where(r, ctx) !== true) continue;
          if (!next.push(r)) return false;
        }
        return true;
      },
      end: () => next.end(),
    }),
  };
}
