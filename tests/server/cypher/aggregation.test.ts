import { describe, expect, it } from "vitest";
import { engineWith } from "./helpers.ts";

const e = engineWith();
const row = (q: string) => e.run(q).rows[0];

describe("aggregation", () => {
  it("counts rows and non-null values", () => {
    expect(row("UNWIND [1, null, 2] AS x RETURN count(*), count(x)")).toEqual([3n, 2n]);
  });
  it("keeps sum integral for integers and averages as float", () => {
    expect(row("UNWIND [1, 2, 3] AS x RETURN sum(x), avg(x)")).toEqual([6n, 2]);
  });
  it("supports DISTINCT inside aggregates", () => {
    expect(row("UNWIND [1, 1, 2] AS x RETURN count(DISTINCT x), collect(DISTINCT x)")).toEqual([2n, [1n, 2n]]);
  });
  it("groups by the non-aggregated columns", () => {
    const r = e.run("UNWIND ['a', 'b', 'a'] AS k RETURN k, count(*) AS c ORDER BY k").rows;
    expect(r).toEqual([
      ["a", 2n],
      ["b", 1n],
    ]);
  });
  it("returns one row of empty aggregates over no input", () => {
    expect(row("UNWIND [] AS x RETURN count(x), sum(x), avg(x), collect(x)")).toEqual([0n, 0n, null, []]);
  });
  it("computes percentiles and standard deviations", () => {
    expect(row("UNWIND [1, 2, 3, 4] AS x RETURN percentileDisc(x, 0.5), percentileCont(x, 0.5)")).toEqual([2n, 2.5]);
    expect(row("UNWIND [2, 4] AS x RETURN stDevP(x)")).toEqual([1]);
  });
  it("orders by min/max across the total order", () => {
    expect(row("UNWIND [3, 'a', 1] AS x RETURN min(x), max(x)")).toEqual(["a", 3n]);
  });
});

describe("standard deviation of nothing", () => {
  it("is null over no values and 0.0 over one, as in Neo4j", () => {
    // Neo4j 5.26: stDev/stDevP over [] or [null] give null; over [1] give 0.0
    expect(row("UNWIND [] AS x RETURN stDev(x), stDevP(x)")).toEqual([null, null]);
    expect(row("UNWIND [null] AS x RETURN stDev(x), stDevP(x)")).toEqual([null, null]);
    expect(row("UNWIND [1] AS x RETURN stDev(x), stDevP(x)")).toEqual([0, 0]);
  });
});

describe("NaN as a grouping key", () => {
  it("makes each NaN a group and a distinct value of its own, as in Neo4j", () => {
    // Neo4j 5.26: two groups of one NaN each; DISTINCT keeps both; count(DISTINCT) is 2
    expect(e.run("UNWIND [0.0/0.0, 0.0/0.0, 1.0] AS x RETURN count(*) AS c").rows).toEqual([[3n]]);
    expect(e.run("UNWIND [0.0/0.0, 0.0/0.0, 1.0] AS x RETURN x, count(*) AS c").rows.length).toBe(3);
    expect(e.run("UNWIND [0.0/0.0, 0.0/0.0] AS x RETURN DISTINCT x").rows.length).toBe(2);
    expect(row("UNWIND [0.0/0.0, 0.0/0.0] AS x RETURN count(DISTINCT x)")).toEqual([2n]);
  });
});
