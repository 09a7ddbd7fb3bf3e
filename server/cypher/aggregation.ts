// Aggregate accumulators: count, collect, sum, avg, min, max, percentileDisc/Cont, stDev/stDevP,
// each optionally DISTINCT. An accumulator folds one value per row and yields the result at the end.
import { groupKey, orderCompare } from "./compare.ts";
import { argumentError, typeError } from "./errors.ts";
import { add } from "./expressions/arith.ts";
import { typeOf, type Value } from "./values.ts";

export interface Acc {
  add(v: Value): void;
  result(): Value;
}
export type AccFactory = (param: Value) => Acc;

const numeric = (name: string, v: Value): number => {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  throw typeError("InvalidArgumentType", `${name}() expects numbers, got ${typeOf(v)}`);
};

function collectAll(finish: (xs: Value[]) => Value): Acc {
  const xs: Value[] = [];
  return {
    add: (v) => {
      if (v !== null) xs.push(v);
    },
    result: () => finish(xs),
  };
}

function percentile(p: Value, cont: boolean): Acc {
  const q = numeric("percentile", p);
  if (!(q >= 0 && q <= 1)) throw argumentError("NumberOutOfRange", "percentile must be between 0.0 and 1.0");
  return collectAll((xs) => {
    if (!xs.length) return null;
    const sorted = xs.map((x) => numeric("percentile", x)).sort((a, b) => a - b);
    if (!cont) {
      const i = q === 0 ? 0 : Math.ceil(q * sorted.length) - 1;
      const orig = xs.slice().sort(orderCompare)[i];
      return orig;
    }
    const pos = q * (sorted.length - 1),
      lo = Math.floor(pos),
      hi = Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
  });
}

function stdev(sample: boolean): Acc {
  return collectAll((xs) => {
    const n = xs.length;
    // Neo4j: no values gives null, a single value 0.0 (for the sample deviation too)
    if (n === 0) return null;
    if (n < (sample ? 2 : 1)) return 0.0;
    const ns = xs.map((x) => numeric("stDev", x));
    const mean = ns.reduce((a, b) => a + b, 0) / n;
    const ss = ns.reduce((a, b) => a + (b - mean) ** 2, 0);
    return Math.sqrt(ss / (sample ? n - 1 : n));
  });
}

export const ACCUMULATORS: Record<string, AccFactory> = {
  // counters are JS numbers (exact up to 2^53) to avoid a BigInt allocation per row
  count: () => {
    let n = 0;
    return {
      add: (v) => {
        if (v !== null) n++;
      },
      result: () => BigInt(n),
    };
  },
  collect: () => collectAll((xs) => xs),
  sum: () => {
    let s: Value = 0n;
    return {
      add: (v) => {
        if (v !== null) {
          numeric("sum", v);
          s = add(s, v);
        }
      },
      result: () => s,
    };
  },
  avg: () => {
    let s = 0,
      n = 0;
    return {
      add: (v) => {
        if (v !== null) {
          s += numeric("avg", v);
          n++;
        }
      },
      result: () => (n ? s / n : null),
    };
  },
  min: () => {
    let m: Value = null;
    return {
      add: (v) => {
        if (v !== null && (m === null || orderCompare(v, m) < 0)) m = v;
      },
      result: () => m,
    };
  },
  max: () => {
    let m: Value = null;
    return {
      add: (v) => {
        if (v !== null && (m === null || orderCompare(v, m) > 0)) m = v;
      },
      result: () => m,
    };
  },
  percentiledisc: (p) => percentile(p, false),
  percentilecont: (p) => percentile(p, true),
  stdev: () => stdev(true),
  stdevp: () => stdev(false),
};

/** Wraps an accumulator so each distinct value (by equivalence) is folded once. */
export function distinctAcc(inner: Acc): Acc {
  const seen = new Set<string>();
  return {
    add: (v) => {
      if (v === null) return;
      const k = groupKey(v);
      if (!seen.has(k)) {
        seen.add(k);
        inner.add(v);
      }
    },
    result: () => inner.result(),
  };
}

/** count(*) counts rows, nulls included. */
export function countStar(): Acc {
  let n = 0;
  return {
    add: () => {
      n++;
    },
    result: () => BigInt(n),
  };
}

/** Signatures and descriptions of the aggregates (the catalog pairs them with ACCUMULATORS). */
export const AGGREGATE_DOCS: Record<string, { sig: string; doc: string; min: number; max: number }> = {
  count: { sig: "count(input :: ANY) :: INTEGER", doc: "The number of values that are not null.", min: 1, max: 1 },
  collect: {
    sig: "collect(input :: ANY) :: LIST<ANY>",
    doc: "The values that are not null, as a list.",
    min: 1,
    max: 1,
  },
  sum: {
    sig: "sum(input :: INTEGER | FLOAT | DURATION) :: INTEGER | FLOAT | DURATION",
    doc: "The sum of the values.",
    min: 1,
    max: 1,
  },
  avg: {
    sig: "avg(input :: INTEGER | FLOAT | DURATION) :: INTEGER | FLOAT | DURATION",
    doc: "The mean of the values.",
    min: 1,
    max: 1,
  },
  min: { sig: "min(input :: ANY) :: ANY", doc: "The smallest value.", min: 1, max: 1 },
  max: { sig: "max(input :: ANY) :: ANY", doc: "The largest value.", min: 1, max: 1 },
  percentiledisc: {
    sig: "percentileDisc(input :: INTEGER | FLOAT, percentile :: FLOAT) :: INTEGER | FLOAT",
    doc: "The value at a percentile (nearest value).",
    min: 2,
    max: 2,
  },
  percentilecont: {
    sig: "percentileCont(input :: FLOAT, percentile :: FLOAT) :: FLOAT",
    doc: "The value at a percentile (interpolated).",
    min: 2,
    max: 2,
  },
  stdev: { sig: "stdev(input :: FLOAT) :: FLOAT", doc: "The sample standard deviation.", min: 1, max: 1 },
  stdevp: { sig: "stdevp(input :: FLOAT) :: FLOAT", doc: "The population standard deviation.", min: 1, max: 1 },
};
