// Per-query runtime context: the store, parameters, budgets (time/row limits) and the mutation log.
import { getHeapStatistics } from "node:v8";
import { limitError } from "../errors.ts";
import type { Store } from "../store.ts";
import { PathVal, type Value } from "../values.ts";
import type { Mutations } from "../mutations.ts";
import type { RowCounts } from "./plan.ts";

export type Row = Record<string, Value>;
export type Fn = (row: Row, ctx: Ctx) => Value;

export class Budget {
  private ticks = 0;
  private nextCheck = 1024;
  private readonly deadline: number;
  constructor(
    readonly timeoutMs: number,
    readonly maxRows: number,
    /** Cells (see budget.ts) one built value, or a result, may hold; ten times that over the query. */
    readonly maxCells = 2_000_000,
    /** Heap the query may leave in use (checked with the clock); 0 = unchecked. */
    readonly maxHeapBytes = 0,
  ) {
    this.deadline = Date.now() + timeoutMs;
    if (maxHeapBytes) this.heapAtStart = getHeapStatistics().used_heap_size;
  }

  private heapAtStart = 0;
  /**
   * Over the heap budget, and by this query's doing: garbage left by earlier queries is still
   * counted as used until the collector runs, so the growth since the start must be large too.
   */
  private overHeap(): boolean {
    const used = getHeapStatistics().used_heap_size;
    // The lowest reading so far: once the collector has freed the old garbage, growth is real.
    this.heapAtStart = Math.min(this.heapAtStart, used);
    return used > this.maxHeapBytes && used - this.heapAtStart > this.maxHeapBytes / 2;
  }

  private builtCells = 0;
  /** Charges a value of `cells` just built (budget.ts): its own size, the query's total, and the clock. */
  charge(cells: number): void {
    this.builtCells += cells;
    if (cells > this.maxCells || this.builtCells > this.maxCells * 10)
      throw limitError(
        "SizeLimitExceeded",
        cells > this.maxCells
          ? `Query built a value of ${cells} cells, over the size limit of ${this.maxCells}`
          : `Query built more than ${this.maxCells * 10} cells in all (10 x the size limit)`,
      );
    // A value that would take half the heap budget on its own (a cell is 32 bytes or more) is
    // refused before it grows further: a single allocation that size may not reach a clock check.
    if (this.maxHeapBytes && cells * 32 > this.maxHeapBytes / 2)
      throw limitError("SizeLimitExceeded", `Query built a value of ${cells} cells, too large for its memory`);
    this.tick(cells);
  }
  /** Called inside hot loops with the work done (default 1); reads the clock every ~1024 units. */
  tick(work = 1): void {
    this.ticks += work;
    if (this.ticks < this.nextCheck) return;
    this.nextCheck = this.ticks + 1024;
    if (Date.now() > this.deadline)
      throw limitError("TimeLimitExceeded", `Query exceeded the time limit of ${this.timeoutMs} ms`);
    // Stopping here, below the isolate's own ceiling, is a clean error; reaching the ceiling is
    // not always one (V8 may abort the whole process before the worker can be terminated).
    if (this.maxHeapBytes && this.overHeap())
      throw limitError(
        "SizeLimitExceeded",
        `Query used more than ${Math.round(this.maxHeapBytes / 2 ** 20)} MB of memory`,
      );
  }
  /** Called when a materialized result (final rows, sort buffer, groups, distinct set) grows. */
  rows(n: number): void {
    if (n > this.maxRows) throw limitError("RowLimitExceeded", `Query exceeded the row limit of ${this.maxRows} rows`);
  }

  private cells = 0;
  /**
   * Memory guard for kept rows holding long paths or lists: a row weighs 1 + the lengths of its
   * top-level lists/paths; the total may not exceed 50 x maxRows.
   */
  weigh(values: Value[]): void {
    let w = 1;
    for (const v of values) {
      if (Array.isArray(v)) w += v.length;
      else if (v instanceof PathVal) w += v.nodes.length + v.rels.length;
    }
    this.cells += w;
    if (this.cells > this.maxRows * 50)
      throw limitError(
        "RowLimitExceeded",
        `Query result exceeded the size limit (${this.maxRows} rows of moderate size)`,
      );
  }
}

export interface Ctx {
  store: Store;
  params: Record<string, Value>;
  budget: Budget;
  mut: Mutations;
  /** Set under PROFILE: rows produced per plan operator (see plan.ts). */
  profile?: RowCounts;
}
