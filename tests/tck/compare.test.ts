import { describe, expect, it } from "vitest";
import { compareTable, valuesEqual } from "./compare.ts";
import { parseValue } from "./values.ts";

const eq = (a: string, b: string, unordered = false): boolean => valuesEqual(parseValue(a), parseValue(b), unordered);
const actual = (columns: string[], rows: string[][]) => ({ columns, rows: rows.map((r) => r.map(parseValue)) });

describe("value comparison (README rules)", () => {
  it("never equates an integer with a float", () => {
    expect(eq("1", "1.0")).toBe(false);
    expect(eq("[1]", "[1.0]")).toBe(false);
    expect(eq("1", "1")).toBe(true);
    expect(eq("9223372036854775807", "9223372036854775806")).toBe(false);
  });

  it("matches NaN with NaN and compares floats as doubles", () => {
    expect(eq("NaN", "NaN")).toBe(true);
    expect(eq("0.1", "0.10")).toBe(true);
    expect(eq("1e2", "100.0")).toBe(true);
    expect(eq("0.1", "0.2")).toBe(false);
  });

  it("compares nodes by label set and properties, relationships by type and properties", () => {
    expect(eq("(:A:B {x: 1, y: 'a'})", "(:B:A {y: 'a', x: 1})")).toBe(true);
    expect(eq("(:A {x: 1})", "(:A {x: 1.0})")).toBe(false);
    expect(eq("(:A)", "(:A:B)")).toBe(false);
    expect(eq("(:A)", "({})")).toBe(false);
    expect(eq("[:T {a: 1}]", "[:T {a: 1}]")).toBe(true);
    expect(eq("[:T]", "[:S]")).toBe(false);
  });

  it("compares paths by structure and direction", () => {
    expect(eq("<(:A)-[:T]->(:B)>", "<(:A)-[:T]->(:B)>")).toBe(true);
    expect(eq("<(:A)-[:T]->(:B)>", "<(:A)<-[:T]-(:B)>")).toBe(false);
    expect(eq("<(:A)>", "(:A)")).toBe(false);
  });

  it("keeps list order unless told otherwise; maps ignore key order", () => {
    expect(eq("[1, 2]", "[2, 1]")).toBe(false);
    expect(eq("[1, 2, [3, 4]]", "[[4, 3], 2, 1]", true)).toBe(true);
    expect(eq("[1, 1, 2]", "[1, 2, 2]", true)).toBe(false);
    expect(eq("{a: 1, b: 2}", "{b: 2, a: 1}")).toBe(true);
    expect(eq("{a: 1}", "{a: 1, b: null}")).toBe(false);
  });

  it("does not confuse a map with a node or a string with a number", () => {
    expect(eq("{}", "()")).toBe(false);
    expect(eq("'1'", "1")).toBe(false);
    expect(eq("'null'", "null")).toBe(false);
  });
});

describe("result tables", () => {
  const expected = [
    ["n", "m"],
    ["1", "'a'"],
    ["1", "'a'"],
    ["2", "'b'"],
  ];

  it("compares in any order as a multiset, counting duplicates", () => {
    expect(
      compareTable(
        expected,
        actual(
          ["n", "m"],
          [
            ["2", "'b'"],
            ["1", "'a'"],
            ["1", "'a'"],
          ],
        ),
        "any-order",
      ).ok,
    ).toBe(true);
    const v = compareTable(
      expected,
      actual(
        ["n", "m"],
        [
          ["2", "'b'"],
          ["2", "'b'"],
          ["1", "'a'"],
        ],
      ),
      "any-order",
    );
    expect(v.ok).toBe(false);
    expect(v.reason).toContain("missing | 1 | 'a' |");
    expect(v.reason).toContain("unexpected | 2 | 'b' |");
  });

  it("checks row order when asked", () => {
    expect(
      compareTable(
        expected,
        actual(
          ["n", "m"],
          [
            ["1", "'a'"],
            ["1", "'a'"],
            ["2", "'b'"],
          ],
        ),
        "ordered",
      ).ok,
    ).toBe(true);
    const v = compareTable(
      expected,
      actual(
        ["n", "m"],
        [
          ["2", "'b'"],
          ["1", "'a'"],
          ["1", "'a'"],
        ],
      ),
      "ordered",
    );
    expect(v).toMatchObject({ ok: false });
    expect(v.reason).toMatch(/^row 0 differs/);
  });

  it("requires the same columns in the same order", () => {
    expect(compareTable(expected, actual(["m", "n"], []), "any-order").reason).toMatch(/^columns differ/);
    expect(compareTable([["count(*)"]], actual(["count(*)"], []), "any-order").ok).toBe(true);
    expect(compareTable([["x"]], actual(["x"], [["1"]]), "any-order").ok).toBe(false);
  });

  it("ignores element order of lists only in that mode", () => {
    const exp = [["l"], ["[1, 2, 3]"]];
    const act = actual(["l"], [["[3, 1, 2]"]]);
    expect(compareTable(exp, act, "ignore-list-order").ok).toBe(true);
    expect(compareTable(exp, act, "any-order").ok).toBe(false);
  });
});
