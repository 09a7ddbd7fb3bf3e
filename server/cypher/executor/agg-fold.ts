// Planner rule: `MATCH <one single-hop pattern served by the relationship scan> [WHERE ...]` followed
// directly by a RETURN / WITH that only aggregates (no grouping keys). The WHERE and the aggregate
// arguments are evaluated per relationship record and fed to the accumulators without handing rows
// down the operator chain. Evaluation order (matches, filter, arguments, accumulators) is the general
// path's, so results and errors are the same; the projection's own end() produces the result.
import type { Clause, Expr } from "../ast.ts";
import type { Acc } from "../aggregation.ts";
import type { Env } from "../expressions/compile.ts";
import type { RelRec, Value } from "../values.ts";
import type { Ctx, Fn, Row } from "./context.ts";
import { compileRelScanMatch } from "./match.ts";
import type { CompiledProjection, FoldSink } from "./projection.ts";
import type { Op } from "./read-clauses.ts";

type Reader = (r: Row, rr: RelRec, ctx: Ctx) => Value;

/** Aggregates that read a stored JS number as is (float result, or only its null-ness matters). */
const NUMBER_AS_IS = new Set(["avg", "stdev", "stdevp", "percentilecont"]);

/**
 * Reader for one aggregate argument. `rel.prop` holding a JS number skips the general property read
 * (which would turn an integral number into a bigint) when the aggregate cannot tell the difference.
 */
function compileReader(call: Expr & { k: "call" }, general: Fn, relVar: string): Reader {
  const a = call.args[0];
  const asIs = NUMBER_AS_IS.has(call.name) || (call.name === "count" && !call.distinct);
  if (!asIs || !a || a.k !== "prop" || a.obj.k !== "var" || a.obj.name !== relVar)
    return (r, _rr, ctx) => general(r, ctx);
  const key = a.key;
  return (r, rr, ctx) => {
    if (!rr.deleted) {
      const v = rr.props[key];
      if (typeof v === "number") return v;
    }
    return general(r, ctx);
  };
}

/** The fused operator replacing `match` + `proj`, or undefined when the rule does not apply. */
export function compileAggFold(match: Clause, proj: CompiledProjection, env: Env): Op | undefined {
  if (match.k !== "match" || match.optional || !proj.fold) return undefined;
  const scan = compileRelScanMatch(match.patterns, match.where, env);
  if (!scan) return undefined;
  const { fold, filter, relVar } = scan;
  const { calls, argFns } = proj.fold;
  // count(*) has no argument: its accumulator only counts
  const readers = calls.map((c, i) => (c.star ? undefined : compileReader(c, argFns[i], relVar)));
  const n = readers.length;
  return (next, ctx) => {
    const sink = proj.op(next, ctx) as FoldSink;
    let accs: Acc[] | undefined;
    const each = (r: Row, rr: RelRec): void => {
      if (filter && filter(r, ctx) !== true) return;
      accs ??= sink.accs(r, ctx);
      for (let i = 0; i < n; i++) {
        const read = readers[i];
        accs[i].add(read === undefined ? null : read(r, rr, ctx));
      }
    };
    return {
      push(row) {
        fold({ ...row }, ctx, each);
        return true;
      },
      end: () => sink.end(),
    };
  };
}
