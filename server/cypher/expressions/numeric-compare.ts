// Fast path for `v.prop <op> literal` with a numeric literal: a property stored as a finite JS
// number is compared as a double, without first reading it as an INTEGER (a BigInt allocation per
// row in filters like `WHERE r.w > 50`). Anything else falls back to the general comparison.
import type { BinOp, Expr } from "../ast.ts";
import type { Fn } from "../executor/context.ts";
import { NodeRec, RelRec } from "../values.ts";

const OPS: Partial<Record<BinOp, (a: number, b: number) => boolean>> = {
  "=": (a, b) => a === b,
  "<>": (a, b) => a !== b,
  "<": (a, b) => a < b,
  ">": (a, b) => a > b,
  "<=": (a, b) => a <= b,
  ">=": (a, b) => a >= b,
};
const MIRROR: Partial<Record<BinOp, BinOp>> = { "<": ">", ">": "<", "<=": ">=", ">=": "<=", "=": "=", "<>": "<>" };

/** Doubles compare exactly like the general path only for finite values and exactly representable literals. */
function literalNumber(e: Expr): number | undefined {
  if (e.k !== "lit") return undefined;
  if (typeof e.v === "number") return Number.isFinite(e.v) ? e.v : undefined;
  if (typeof e.v === "bigint") return Number.isSafeInteger(Number(e.v)) ? Number(e.v) : undefined;
  return undefined;
}

export function compilePropLiteralCompare(op: BinOp, l: Expr, r: Expr, general: Fn): Fn | undefined {
  let prop = l,
    lit = r,
    o: BinOp | undefined = op;
  if (l.k === "lit") {
    prop = r;
    lit = l;
    o = MIRROR[op];
  }
  const test = o && OPS[o],
    n = literalNumber(lit);
  if (!test || n === undefined || prop.k !== "prop" || prop.obj.k !== "var") return undefined;
  const name = prop.obj.name,
    key = prop.key;
  return (row, ctx) => {
    const x = row[name];
    if ((x instanceof RelRec || x instanceof NodeRec) && !x.deleted) {
      const v = x.props[key];
      if (typeof v === "number" && Number.isFinite(v)) return test(v, n);
    }
    return general(row, ctx);
  };
}
