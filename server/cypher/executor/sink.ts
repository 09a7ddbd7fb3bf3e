// Push-model plumbing: every operator is a Sink fed row by row; push() returns false when no more
// rows are wanted (LIMIT reached), end() flushes buffered operators downstream.
// A pushed row may be reused by its producer after push() returns: a sink that keeps it must copy.
import type { Row } from "./context.ts";

export interface Sink {
  push(row: Row): boolean;
  end(): void;
}

/** Materializes all rows before passing them on (used between clauses of updating queries). */
export function eager(next: Sink): Sink {
  const rows: Row[] = [];
  return {
    push: (row) => {
      rows.push({ ...row });
      return true;
    },
    end: () => {
      for (const r of rows) if (!next.push(r)) break;
      next.end();
    },
  };
}
