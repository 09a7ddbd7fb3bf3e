// Per-query runtime context: the store, parameters, budgets (time/row limits) and the mutation log.
import { limitError } from "../errors.ts";
import type { Store } from "../store.ts";
import type { Value } from "../values.ts";
import type { Mutations } from "../mutations.ts";

export type Row = Record<string, Value>;
export type Fn = (row: Row, ctx: Ctx) => Value;

export class Budget {
  private ticks = 0;
  private readonly deadline: number;
  constructor(readonly timeoutMs: number, readonly maxRows: number) {
    this.deadline = Date.now() + timeoutMs;
  }
  /** Called inside hot loops; reads the clock only every 1024 calls to stay cheap. */
  tick(): void {
    if ((++this.ticks & 1023) === 0 && Date.now() > this.deadline)
      throw limitError("TimeLimitExceeded", `Query exceeded the time limit of ${this.timeoutMs} ms`);
  }
  /** Called when a materialized result (final rows, sort buffer, groups, distinct set) grows. */
  rows(n: number): void {
    if (n > this.maxRows) throw limitError("RowLimitExceeded", `Query exceeded the row limit of ${this.maxRows} rows`);
  }
}

export interface Ctx {
  store: Store;
  params: Record<string, Value>;
  budget: Budget;
  mut: Mutations;
}
