// RETURN / WITH projection as a push operator: plain streaming projection, or buffered grouping
// with aggregates, DISTINCT, ORDER BY, then SKIP / LIMIT.
import type { Expr, Projection } from "../ast.ts";
import { BUILTINS } from "../catalog/builtins.ts";
import { countStar, distinctAcc, type Acc } from "../aggregation.ts";
import { groupKey, orderCompare } from "../compare.ts";
import { compileExpr, type Env } from "../expressions/compile.ts";
import { asBool } from "../expressions/logic.ts";
import { exprKey, findAggregates, substituteProjected } from "../exprs.ts";
import { NodeRec, RelRec, type Value } from "../values.ts";
import type { Ctx, Fn, Row } from "./context.ts";
import { isHidden } from "./match.ts";
import { compileCount } from "./skip-limit.ts";
import type { Sink } from "./sink.ts";

export interface CompiledProjection {
  columns: string[];
  /** Variables visible after the projection. */
  scope: Set<string>;
  op: (next: Sink, ctx: Ctx) => Sink;
  /**
   * Set when the projection only aggregates (no grouping keys): the aggregate calls and their argument
   * readers, for producers that feed the accumulators directly (see `FoldSink`).
   */
  fold?: { calls: (Expr & { k: "call" })[]; argFns: Fn[] };
}

/** The sink of an aggregate-only projection: `accs(row)` gives the global group's accumulators. */
export interface FoldSink extends Sink {
  /** Accumulators of the single group, created from `row` (the first input row) on first call. */
  accs(row: Row, ctx: Ctx): Acc[];
}

interface Item {
  name: string;
  e: Expr;
  f?: Fn;
  agg: boolean;
}

export function starColumns(scope: Set<string>): string[] {
  return [...scope].filter((v) => !isHidden(v)).sort();
}

export function compileProjection(p: Projection, env: Env, where?: Expr): CompiledProjection {
  const items: Item[] = [];
  if (p.star)
    for (const v of starColumns(env.scope)) items.push({ name: v, e: { k: "var", name: v, pos: p.pos }, agg: false });
  for (const it of p.items) items.push({ name: it.alias ?? it.text, e: it.e, agg: findAggregates(it.e).length > 0 });
  const columns = items.map((i) => i.name);
  const outScope = new Set(columns);
  const aggregating = items.some((i) => i.agg);

  // aggregate calls (from items and ORDER BY) get slots filled per group
  const byKey = new Map(items.map((i) => [exprKey(i.e), i.name]));
  const orderExprs = (p.order ?? []).map((o) => ({
    ...o,
    e: aggregating || p.distinct ? substituteProjected(o.e, byKey) : o.e,
  }));
  const aggCalls = [...items.flatMap((i) => findAggregates(i.e)), ...orderExprs.flatMap((o) => findAggregates(o.e))];
  const aggs = new Map<Expr, string>();
  aggCalls.forEach((c, i) => aggs.set(c, `\u0000agg${i}`));
  const aggEnv: Env = { scope: env.scope, aggs };
  for (const it of items) it.f = compileExpr(it.e, it.agg ? aggEnv : env);
  const aggArgs = aggCalls.map((c) => ({
    call: c,
    arg: c.args[0] ? compileAggArg(c, env) : undefined,
    param: c.args[1] ? compileExpr(c.args[1], env) : undefined,
  }));

  // ORDER BY sees projected columns, and (without aggregation/DISTINCT) the input variables too
  const orderScope = new Set([...(aggregating || p.distinct ? [] : env.scope), ...outScope]);
  const orderFns = orderExprs.map((o) => {
    const e = o.e;
    const col = byKey.get(exprKey(e));
    const f: Fn = col !== undefined ? (row) => row[col] : compileExpr(e, { scope: orderScope, aggs });
    return { f, desc: o.desc };
  });
  // WITH ... WHERE may also read pre-projection variables unless the projection aggregates/dedupes
  const whereFn = where ? compileExpr(where, { scope: orderScope }) : undefined;
  const skip = compileCount(p.skip, "SKIP"),
    limit = compileCount(p.limit, "LIMIT");
  const buffered = aggregating || p.distinct || orderFns.length > 0;

  const project = (row: Row, ctx: Ctx): Row => {
    const out: Row = {};
    for (const it of items) out[it.name] = it.f!(row, ctx);
    return out;
  };

  const op = (next: Sink, ctx: Ctx): Sink => {
    const skipN = skip(ctx),
      limitN = limit(ctx);
    let seen = 0,
      emitted = 0;
    // WITH ... SKIP/LIMIT WHERE: the WHERE filters what the projection (with its limits) produced
    const emit = (out: Row, full: Row): boolean => {
      if (seen++ < skipN) return true;
      if (emitted >= limitN) return false;
      emitted++;
      const go = !whereFn || asBool(whereFn(full, ctx)) === true ? next.push(out) : true;
      return go && emitted < limitN;
    };
    if (!buffered) {
      if (limitN === 0) return { push: () => false, end: () => next.end() };
      return {
        push: (row) => {
          const out = project(row, ctx);
          return emit(out, whereFn ? { ...row, ...out } : out);
        },
        end: () => next.end(),
      };
    }
    const rows: { out: Row; sortRow: Row }[] = [];
    const groups = new Map<string, { first: Row; accs: Acc[] }>();
    const newAccs = (row: Row): Acc[] =>
      aggArgs.map(({ call, param }) => {
        if (call.star) return countStar();
        const acc = BUILTINS.aggregate(call.name)!.make(param ? param(row, ctx) : null);
        return call.distinct ? distinctAcc(acc) : acc;
      });
    const keyItems = items.filter((i) => !i.agg);
    let global: { first: Row; accs: Acc[] } | undefined;
    const argFns: Fn[] = aggArgs.map((a) => a.arg ?? (() => null));
    const globalGroup = (row: Row): { first: Row; accs: Acc[] } => {
      const g = { first: { ...row }, accs: newAccs(row) };
      groups.set("", g);
      ctx.budget.rows(groups.size);
      return g;
    };
    const sink: FoldSink = {
      accs(row) {
        global ??= globalGroup(row);
        return global.accs;
      },
      push(row) {
        if (!aggregating) {
          const out = project(row, ctx);
          rows.push({ out, sortRow: (orderFns.length || whereFn) && !p.distinct ? { ...row, ...out } : out });
          ctx.budget.rows(rows.length);
          return true;
        }
        // no grouping columns: one global group, kept at hand (no key, no lookup per row)
        let g = global;
        if (!g) {
          const k = !keyItems.length
            ? ""
            : keyItems.length === 1
              ? groupKey(keyItems[0].f!(row, ctx))
              : groupKey(keyItems.map((i) => i.f!(row, ctx)));
          g = groups.get(k);
          if (!g) {
            if (!keyItems.length) g = globalGroup(row);
            else {
              g = { first: { ...row }, accs: newAccs(row) };
              groups.set(k, g);
              ctx.budget.rows(groups.size);
            }
          }
          if (!keyItems.length) global = g;
        }
        const accs = g.accs;
        for (let i = 0; i < argFns.length; i++) accs[i].add(argFns[i](row, ctx));
        return true;
      },
      end() {
        if (aggregating) {
          if (!groups.size && !keyItems.length) groups.set("", { first: {}, accs: newAccs({}) });
          for (const g of groups.values()) {
            const r: Row = { ...g.first };
            aggCalls.forEach((_, i) => {
              r[`\u0000agg${i}`] = g.accs[i].result();
            });
            const out = project(r, ctx);
            rows.push({ out, sortRow: { ...r, ...out } });
          }
        }
        let list = rows;
        if (p.distinct) {
          const seenKeys = new Set<string>();
          list = list.filter(({ out }) => {
            const k = groupKey(columns.map((c) => out[c]) as Value);
            return seenKeys.has(k) ? false : (seenKeys.add(k), true);
          });
        }
        if (orderFns.length) {
          const keyed = list.map((x) => ({ x, keys: orderFns.map((o) => o.f(x.sortRow, ctx)) }));
          keyed.sort((a, b) => {
            for (let i = 0; i < orderFns.length; i++) {
              const c = orderCompare(a.keys[i], b.keys[i]);
              if (c !== 0) return orderFns[i].desc ? -c : c;
            }
            return 0;
          });
          list = keyed.map((k) => k.x);
        }
        for (const { out, sortRow } of list) if (!emit(out, sortRow)) break;
        next.end();
      },
    };
    return sink;
  };
  const fold =
    aggregating && !items.some((i) => !i.agg)
      ? { calls: aggCalls as (Expr & { k: "call" })[], argFns: aggArgs.map((a) => a.arg ?? (() => null)) }
      : undefined;
  return { columns, scope: outScope, op, fold };
}

/** Aggregates whose result is a float regardless of integer inputs. */
const FLOAT_RESULT = new Set(["avg", "stdev", "stdevp", "percentilecont"]);

/**
 * Argument reader for an aggregate. For float-result aggregates over `v.prop`, a stored JS number is
 * passed as is: reading it as INTEGER (bigint) first would change nothing but cost an allocation per row.
 */
function compileAggArg(c: Expr & { k: "call" }, env: Env): Fn {
  const general = compileExpr(c.args[0], env);
  const a = c.args[0];
  if (!FLOAT_RESULT.has(c.name) || a.k !== "prop" || a.obj.k !== "var") return general;
  const name = a.obj.name,
    key = a.key;
  return (row, ctx) => {
    const o = row[name];
    if ((o instanceof NodeRec || o instanceof RelRec) && !o.deleted) {
      const v = o.props[key];
      if (typeof v === "number") return v;
    }
    return general(row, ctx);
  };
}
