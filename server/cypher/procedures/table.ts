// A procedure answering from a fixed table (the TCK's `there exists a procedure` steps, and tests):
// a call yields the output columns of the rows whose input columns equal its arguments.
import { parseSignature } from "../catalog/signature.ts";
import type { ProcedureDescriptor } from "../catalog/types.ts";
import { equals } from "../compare.ts";
import { fromStored, type Value } from "../values.ts";

const same = (a: Value, b: Value) => (a === null ? b === null : equals(a, b) === true);

/** `rows` hold one stored-form value per column (inputs then outputs), like query parameters. */
export function tableProcedure(signature: string, rows: Record<string, unknown>[]): ProcedureDescriptor {
  const p = parseSignature(signature);
  const outputs = p.outputs ?? [];
  const table = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, fromStored(v)])));
  return {
    name: p.name,
    signature,
    description: "",
    mode: "READ",
    inputs: p.params,
    outputs,
    *run(args) {
      for (const r of table)
        if (p.params.every((inp, i) => same(r[inp.name] ?? null, args[i] ?? null)))
          yield Object.fromEntries(outputs.map((o) => [o.name, r[o.name] ?? null]));
    },
  };
}
