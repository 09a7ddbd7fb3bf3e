import { describe, expect, it } from "vitest";
import { HISTORY_KEY, HISTORY_LIMIT, loadHistory, withEntry } from "../../../client/state/queryHistory.ts";

const storage = (value: string | null) => ({ getItem: (k: string) => (k === HISTORY_KEY ? value : null) });

describe("the query history", () => {
  it("puts a query run again on top instead of listing it twice", () => {
    let h = withEntry([], { query: "RETURN 1", at: 1, rows: 1 });
    h = withEntry(h, { query: "RETURN 2", at: 2, rows: 1 });
    h = withEntry(h, { query: "  RETURN 1 ", at: 3, rows: null });
    expect(h.map((e) => [e.query, e.rows])).toEqual([
      ["RETURN 1", null],
      ["RETURN 2", 1],
    ]);
  });

  it(`keeps the ${HISTORY_LIMIT} newest queries`, () => {
    let h = withEntry([], { query: "q0", at: 0, rows: 0 });
    for (let i = 1; i < HISTORY_LIMIT + 10; i++) h = withEntry(h, { query: `q${i}`, at: i, rows: 0 });
    expect(h).toHaveLength(HISTORY_LIMIT);
    expect(h[0]!.query).toBe(`q${HISTORY_LIMIT + 9}`);
  });

  it("reads a broken or foreign stored value as an empty history and skips malformed entries", () => {
    expect(loadHistory(storage("{not json"))).toEqual([]);
    expect(loadHistory(storage('{"a":1}'))).toEqual([]);
    expect(loadHistory(undefined)).toEqual([]);
    const stored = JSON.stringify([{ query: "RETURN 1", at: 5, rows: 1 }, { query: 3 }, null]);
    expect(loadHistory(storage(stored))).toEqual([{ query: "RETURN 1", at: 5, rows: 1 }]);
  });
});
