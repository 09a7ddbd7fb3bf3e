// Result-table comparison by the README's rules. Equality is decided on canonical texts
// (values.ts `formatValue` with `canonical`), which makes multiset matching a simple count.
import { formatValue, parseValue, type FormatOptions, type TckValue } from "./values.ts";

export type TableMode = "ordered" | "any-order" | "ignore-list-order";

export interface ActualTable {
  columns: string[];
  rows: TckValue[][];
}
export interface Verdict {
  ok: boolean;
  reason?: string;
}

const OK: Verdict = { ok: true };

export function valuesEqual(a: TckValue, b: TckValue, unorderedLists = false): boolean {
  const o: FormatOptions = { canonical: true, unorderedLists };
  return formatValue(a, o) === formatValue(b, o);
}

function rowKey(row: TckValue[], o: FormatOptions): string {
  // JSON keeps cell boundaries unambiguous whatever the strings inside contain.
  return JSON.stringify(row.map((v) => formatValue(v, o)));
}

const show = (row: TckValue[]): string => `| ${row.map((v) => formatValue(v)).join(" | ")} |`;

function preview(rows: TckValue[][], limit = 3): string {
  const shown = rows.slice(0, limit).map(show).join(" ");
  return rows.length > limit ? `${shown} (+${rows.length - limit} more)` : shown || "(none)";
}

/** `expected` is the step's raw table: header row of column names, then value rows in TCK notation. */
export function compareTable(expected: string[][], actual: ActualTable, mode: TableMode): Verdict {
  const [header = [], ...body] = expected;
  if (header.length !== actual.columns.length || header.some((c, i) => c !== actual.columns[i])) {
    return { ok: false, reason: `columns differ: expected [${header.join(", ")}], got [${actual.columns.join(", ")}]` };
  }
  const expectedRows = body.map((r) => r.map(parseValue));
  const o: FormatOptions = { canonical: true, unorderedLists: mode === "ignore-list-order" };

  if (mode === "ordered") {
    if (expectedRows.length !== actual.rows.length) {
      return {
        ok: false,
        reason: `expected ${expectedRows.length} rows, got ${actual.rows.length}: ${preview(actual.rows)}`,
      };
    }
    const i = expectedRows.findIndex((r, idx) => rowKey(r, o) !== rowKey(actual.rows[idx]!, o));
    return i < 0
      ? OK
      : { ok: false, reason: `row ${i} differs: expected ${show(expectedRows[i]!)}, got ${show(actual.rows[i]!)}` };
  }

  // Multiset: count expected keys, consume them with actual rows; leftovers on either side are the diff.
  const pending = new Map<string, number>();
  for (const r of expectedRows) pending.set(rowKey(r, o), (pending.get(rowKey(r, o)) ?? 0) + 1);
  const unexpected: TckValue[][] = [];
  for (const r of actual.rows) {
    const k = rowKey(r, o);
    const n = pending.get(k) ?? 0;
    if (n > 0) pending.set(k, n - 1);
    else unexpected.push(r);
  }
  const missing = expectedRows.filter((r) => {
    const k = rowKey(r, o);
    const n = pending.get(k) ?? 0;
    if (n > 0) {
      pending.set(k, n - 1);
      return true;
    }
    return false;
  });
  if (missing.length === 0 && unexpected.length === 0) return OK;
  return {
    ok: false,
    reason: `rows differ (expected ${expectedRows.length}, got ${actual.rows.length}): missing ${preview(missing)}; unexpected ${preview(unexpected)}`,
  };
}
