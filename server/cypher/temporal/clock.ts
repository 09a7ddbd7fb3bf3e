// "Now" for temporal functions: realtime reads the clock at each call; statement and transaction
// time are read once per query run (the query context), so every row of a query sees one instant.
import type { Ctx } from "../executor/context.ts";
import type { Now } from "./construct.ts";

const statementTimes = new WeakMap<object, [number, number]>();

export function realtime(): [number, number] {
  const ms = Date.now();
  const s = Math.floor(ms / 1000);
  return [s, (ms - s * 1000) * 1e6];
}

export function statementClock(ctx: Ctx): Now {
  return () => {
    let t = statementTimes.get(ctx);
    if (!t) {
      t = realtime();
      statementTimes.set(ctx, t);
    }
    return t;
  };
}
