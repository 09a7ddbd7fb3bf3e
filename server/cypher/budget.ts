// The size budget of a query: every expression that builds a value (function results, `+`,
// list and map literals, comprehensions, reduce, map projections, pattern comprehensions) charges
// the cells it made — a list item, a map entry, a path element or 8 string characters — so a
// runaway query stops with SizeLimitExceeded long before the worker's heap ceiling, and the clock
// is read as it goes (Budget.charge ticks the time budget). Also the iterative measure of result
// values before they are converted, bounding both their size and their nesting.
import type { Expr } from "./ast.ts";
import { limitError } from "./errors.ts";
import type { Budget, Ctx, Fn } from "./executor/context.ts";
import { PathVal, isScalarObject, type Value } from "./values.ts";

/** String characters per cell: a cell is about one list slot (8 bytes or more). */
export const STRING_CELL = 8;
/** Deepest nesting of lists and maps a result may have (the conversions that follow recurse). */
export const MAX_VALUE_DEPTH = 64;

/** The cells `v` itself holds, not counting what its items hold. */
export function cellsOf(v: Value): number {
  if (typeof v === "string") return Math.ceil(v.length / STRING_CELL);
  if (v === null || typeof v !== "object") return 0;
  if (Array.isArray(v)) return v.length;
  if (v instanceof PathVal) return v.nodes.length + v.rels.length;
  // Nodes and relationships are the store's own records; temporal values are small and fixed.
  if (isScalarObject(v)) return 0;
  return Object.keys(v).length;
}

const BUILDING = new Set<Expr["k"]>(["call", "bin", "list", "map", "listcomp", "reduce", "mapproj", "patcomp"]);

/**
 * Functions whose result can dwarf their arguments, checked before they run: the closure checks
 * the arguments it evaluates itself, then calls the function (which evaluates them again; they
 * are almost always literals or cheap expressions).
 */
const PRECHECKS: Record<string, (args: Value[]) => number> = {
  range: ([a, b, step = 1n]) => {
    if (typeof a !== "bigint" || typeof b !== "bigint" || typeof step !== "bigint" || step === 0n) return 0;
    const n = (b - a) / step + 1n;
    return n > 0n ? Number(n) : 0;
  },
  replace: ([s, search, by]) => {
    if (typeof s !== "string" || typeof search !== "string" || typeof by !== "string") return 0;
    const matches = search ? s.split(search).length - 1 : s.length + 1;
    return Math.ceil(Math.max(0, s.length + matches * (by.length - search.length)) / STRING_CELL);
  },
};

/** Wraps the compiled closure of `e` so the values it builds are charged to the query's budget. */
export function charged(e: Expr, f: Fn, compile: (e: Expr) => Fn): Fn {
  if (!BUILDING.has(e.k)) return f;
  const precheck = e.k === "call" ? PRECHECKS[e.name.toLowerCase()] : undefined;
  if (precheck && e.k === "call") {
    const args = e.args.map(compile);
    return (row, ctx) => {
      ctx.budget.charge(precheck(args.map((a) => a(row, ctx))));
      return built(f(row, ctx), ctx);
    };
  }
  return (row, ctx) => built(f(row, ctx), ctx);
}

function built(v: Value, ctx: Ctx): Value {
  const n = cellsOf(v);
  if (n > 0) ctx.budget.charge(n);
  return v;
}

/**
 * Counts the cells of result rows at every depth (iteratively: no stack to overflow) before they
 * are converted and serialised; fails when the total passes the size budget or a value nests
 * deeper than MAX_VALUE_DEPTH.
 */
export function measureResult(rows: Value[][], budget: Budget): void {
  let total = 0;
  const stack: [Value, number][] = [];
  for (const row of rows) for (const v of row) stack.push([v, 1]);
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || (typeof v !== "object" && typeof v !== "string")) continue;
    total += cellsOf(v) + 1;
    if (total > budget.maxCells)
      throw limitError("SizeLimitExceeded", `The query result exceeded the size limit of ${budget.maxCells} cells`);
    if (typeof v === "string" || isScalarObject(v)) continue;
    if (depth > MAX_VALUE_DEPTH)
      throw limitError("NestingLimitExceeded", `A result value nests deeper than ${MAX_VALUE_DEPTH} levels`);
    if (Array.isArray(v)) for (const x of v) stack.push([x, depth + 1]);
    else if (typeof v === "object")
      for (const k of Object.keys(v)) stack.push([(v as Record<string, Value>)[k], depth + 1]);
  }
}
