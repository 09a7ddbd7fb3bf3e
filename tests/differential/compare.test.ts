// The comparer's rules on hand-written answers (no database needed): bags, ORDER BY up to ties,
// SKIP/LIMIT, integers apart from floats, collect() order, any-shortest, errors by class.
import { describe, expect, it } from "vitest";
import { compareOutcomes, type Outcome } from "./compare.ts";
import type { GeneratedQuery } from "./generator/queries.ts";
import type { Canon } from "./normalize.ts";

const i = (n: number): Canon => ({ i: String(n) });
const f = (n: number): Canon => ({ f: String(n) });
const ok = (rows: Canon[][], columns = ["a", "b"]): Outcome => ({ ok: true, columns, rows });
const query = (o: Partial<GeneratedQuery> = {}): GeneratedQuery => ({
  text: "",
  columns: [
    { name: "a", kind: "value" },
    { name: "b", kind: "value" },
  ],
  limited: false,
  ...o,
});
const agree = (q: GeneratedQuery, a: Outcome, b: Outcome) => compareOutcomes(q, a, b).agree;

describe("the differential comparer", () => {
  it("compares rows as bags without ORDER BY", () => {
    expect(
      agree(
        query(),
        ok([
          [i(1), "x"],
          [i(2), "y"],
        ]),
        ok([
          [i(2), "y"],
          [i(1), "x"],
        ]),
      ),
    ).toBe(true);
    expect(
      agree(
        query(),
        ok([
          [i(1), "x"],
          [i(1), "x"],
        ]),
        ok([[i(1), "x"]]),
      ),
    ).toBe(false);
  });

  it("keeps integers and floats apart", () => {
    expect(agree(query(), ok([[i(1), null]]), ok([[f(1), null]]))).toBe(false);
  });

  it("follows ORDER BY but lets rows with equal sort keys permute", () => {
    const q = query({ orderBy: [0] });
    expect(
      agree(
        q,
        ok([
          [i(1), "x"],
          [i(1), "y"],
          [i(2), "z"],
        ]),
        ok([
          [i(1), "y"],
          [i(1), "x"],
          [i(2), "z"],
        ]),
      ),
    ).toBe(true);
    expect(
      agree(
        q,
        ok([
          [i(1), "x"],
          [i(2), "z"],
        ]),
        ok([
          [i(2), "z"],
          [i(1), "x"],
        ]),
      ),
    ).toBe(false);
  });

  it("compares only the sort keys of a tie group cut by LIMIT", () => {
    const q = query({ orderBy: [0], limited: true });
    expect(
      agree(
        q,
        ok([
          [i(1), "x"],
          [i(2), "p"],
        ]),
        ok([
          [i(1), "x"],
          [i(2), "q"],
        ]),
      ),
    ).toBe(true);
    expect(
      agree(
        q,
        ok([
          [i(1), "x"],
          [i(2), "p"],
        ]),
        ok([
          [i(1), "x"],
          [i(3), "p"],
        ]),
      ),
    ).toBe(false);
  });

  it("compares only the row count under LIMIT without ORDER BY", () => {
    const q = query({ limited: true });
    expect(agree(q, ok([[i(1), "x"]]), ok([[i(2), "y"]]))).toBe(true);
    expect(agree(q, ok([[i(1), "x"]]), ok([]))).toBe(false);
  });

  it("compares collect() results as bags", () => {
    const q = query({ columns: [{ name: "a", kind: "bag" }] });
    expect(agree(q, ok([[[i(1), i(2)]]], ["a"]), ok([[[i(2), i(1)]]], ["a"]))).toBe(true);
    expect(agree(q, ok([[[i(1), i(1)]]], ["a"]), ok([[[i(1)]]], ["a"]))).toBe(false);
  });

  it("compares a shortestPath by its length and endpoints", () => {
    const q = query({ columns: [{ name: "a", kind: "anyShortest" }] });
    const path = (via: string): Canon => ({ path: ["s", via, "m", via, "t"] });
    expect(agree(q, ok([[path("r1")]], ["a"]), ok([[path("r2")]], ["a"]))).toBe(true);
    expect(agree(q, ok([[path("r1")]], ["a"]), ok([[{ path: ["s", "r", "t"] }]], ["a"]))).toBe(false);
  });

  it("agrees when both fail, and not when only one does", () => {
    const fail = (errorClass: "compile" | "runtime"): Outcome => ({ ok: false, errorClass, code: "", message: "" });
    expect(compareOutcomes(query(), fail("compile"), fail("runtime"))).toEqual({ agree: true, note: "error-class" });
    expect(agree(query(), fail("runtime"), ok([]))).toBe(false);
  });
});
