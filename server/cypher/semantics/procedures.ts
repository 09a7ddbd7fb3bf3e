// Binds procedure calls to the catalog and checks them as Neo4j does at compile time: unknown
// procedures, argument counts and literal argument types, YIELD names, shadowed variables, and
// what only a standalone call may do (YIELD *, arguments taken from parameters).
import type { ProcedureCall, Query } from "../ast.ts";
import type { Catalog } from "../catalog/catalog.ts";
import { CypherError, semanticError } from "../errors.ts";
import { showFunctions, showProcedures } from "../procedures/show.ts";
import { checkExpr } from "./expressions.ts";
import { inferType, type Scope, type VType } from "./types.ts";
import { vtypeOf } from "../catalog/signature.ts";

/** Attaches each CALL's descriptor (`proc`), in every part and nested subquery. */
export function bindProcedures(q: Query, catalog: Catalog): void {
  const walk = (x: unknown): void => {
    if (!x || typeof x !== "object") return;
    if (Array.isArray(x)) return x.forEach(walk);
    const o = x as Record<string, unknown>;
    if (o.k === "procedure") bind(o as unknown as ProcedureCall, catalog);
    for (const v of Object.values(o)) if (v && typeof v === "object" && v !== o.proc) walk(v);
  };
  walk(q.parts);
}

function bind(c: ProcedureCall, catalog: Catalog): void {
  if (c.show) {
    c.proc = c.show === "procedures" ? showProcedures(catalog) : showFunctions(catalog);
    return;
  }
  const proc = catalog.procedure(c.name);
  if (!proc)
    throw new CypherError(
      "ProcedureError",
      "ProcedureNotFound",
      `There is no procedure with the name \`${c.name}\``,
      "compile",
      { offset: c.pos, line: 0, column: 0 },
    );
  c.proc = proc;
}

/** Whether a value of compile-time type `t` may be passed where `declared` is expected. */
function accepts(declared: string, t: VType): boolean {
  if (t === "any" || t === "null") return true;
  const d = declared.replace(/\?$/, "").trim().toUpperCase();
  if (d === "NUMBER" || d === "FLOAT") return t === "int" || t === "float";
  const v = vtypeOf(d);
  return v === "any" || v === t || (v === "list" && t === "rels");
}

export function checkProcedureCall(c: ProcedureCall, scope: Scope, standalone: boolean): Scope {
  const proc = c.proc!;
  if (c.args) {
    const required = proc.inputs.filter((p) => !p.optional).length;
    if (c.args.length < required || c.args.length > proc.inputs.length)
      throw semanticError(
        "InvalidNumberOfArguments",
        `Procedure ${proc.name} takes ${required === proc.inputs.length ? required : `${required} to ${proc.inputs.length}`} arguments, got ${c.args.length}`,
        c.pos,
      );
    c.args.forEach((a, i) => {
      checkExpr(a, { scope, aggAllowed: false });
      if (!accepts(proc.inputs[i].type, inferType(a, scope)))
        throw semanticError(
          "InvalidArgumentType",
          `Type mismatch: ${proc.inputs[i].name} expects ${proc.inputs[i].type}`,
          a.pos,
        );
    });
  } else if (!standalone) {
    throw semanticError(
      "InvalidArgumentPassingMode",
      "A procedure called inside a query needs its arguments in parentheses",
      c.pos,
    );
  }
  if (!standalone && c.yieldStar)
    throw semanticError("UnexpectedSyntax", "YIELD * is only allowed in a standalone procedure call", c.pos);
  if (!standalone && !c.yields && proc.outputs.length)
    throw semanticError(
      "UnexpectedSyntax",
      "Procedure call inside a query does not support naming results implicitly (name explicitly using `YIELD` instead)",
      c.pos,
    );
  if (standalone && c.where && !c.show)
    throw semanticError(
      "UnexpectedSyntax",
      "Cannot use standalone call with WHERE (instead use: `CALL ... WITH * WHERE ... RETURN *`)",
      c.pos,
    );
  const out = new Map(scope);
  for (const y of c.yields ?? []) {
    const o = proc.outputs.find((x) => x.name === y.name);
    if (!o) throw semanticError("UndefinedVariable", `Unknown procedure output: \`${y.name}\``, y.pos);
    const v = y.alias ?? y.name;
    if (out.has(v)) throw semanticError("VariableAlreadyBound", `Variable \`${v}\` already declared`, y.pos);
    out.set(v, vtypeOf(o.type));
  }
  if (!c.yields) for (const o of yieldedOutputs(c)) out.set(o, vtypeOf(proc.outputs.find((x) => x.name === o)!.type));
  if (c.where) checkExpr(c.where, { scope: out, aggAllowed: false, predicate: true });
  return out;
}

/** The output columns a call yields without a YIELD list (all under YIELD *, SHOW's defaults otherwise). */
export function yieldedOutputs(c: ProcedureCall): string[] {
  const proc = c.proc!;
  if (c.yields) return c.yields.map((y) => y.alias ?? y.name);
  if (!c.yieldStar && proc.defaultOutputs) return proc.defaultOutputs;
  return proc.outputs.map((o) => o.name);
}
