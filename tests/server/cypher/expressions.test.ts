import { describe, expect, it } from "vitest";
import { engineWith, errorOf } from "./helpers.ts";

const e = engineWith();
const one = (q: string, params: Record<string, unknown> = {}) => e.run(q, params).rows[0][0];

describe("expressions", () => {
  it("keeps integer and float apart", () => {
    expect(one("RETURN 1 + 1")).toBe(2n);
    expect(one("RETURN 1 + 1.0")).toBe(2);
    expect(one("RETURN 7 / 2")).toBe(3n);
    expect(one("RETURN 1 = 1.0")).toBe(true);
  });
  it("keeps 64-bit integers exact", () => {
    expect(one("RETURN 4611686018427387904 + 1")).toBe(4611686018427387905n);
  });
  it("raises an error on integer overflow", () => {
    expect(errorOf(e, "RETURN 9223372036854775807 + 1").detail).toBe("IntegerOverflow");
  });
  it("applies three-valued logic", () => {
    expect(one("RETURN null AND false")).toBe(false);
    expect(one("RETURN null OR true")).toBe(true);
    expect(one("RETURN null AND true")).toBe(null);
    expect(one("RETURN 2 IN [1, null]")).toBe(null);
  });
  it("compares across types as null except numbers", () => {
    expect(one("RETURN 1 < 'a'")).toBe(null);
    expect(one("RETURN 1 < 1.5")).toBe(true);
  });
  it("indexes and slices lists with negative bounds", () => {
    expect(one("RETURN [1, 2, 3][-1]")).toBe(3n);
    expect(one("RETURN [1, 2, 3, 4][1..-1]")).toEqual([2n, 3n]);
  });
  it("evaluates comprehensions, quantifiers and reduce", () => {
    expect(one("RETURN [x IN range(1, 5) WHERE x % 2 = 1 | x * 10]")).toEqual([10n, 30n, 50n]);
    expect(one("RETURN all(x IN [1, 2] WHERE x > 0)")).toBe(true);
    expect(one("RETURN single(x IN [1, 2] WHERE x > 1)")).toBe(true);
    expect(one("RETURN reduce(s = 0, x IN [1, 2, 3] | s + x)")).toBe(6n);
  });
  it("formats floats the way Cypher's toString does", () => {
    expect(one("RETURN toString(1.0)")).toBe("1.0");
    expect(one("RETURN toString(1e20)")).toBe("1.0E20");
  });
  it("evaluates string predicates and regular expressions", () => {
    expect(one("RETURN 'abc' STARTS WITH 'ab' AND 'abc' =~ 'a.c'")).toBe(true);
  });
  it("evaluates CASE in both forms", () => {
    expect(one("RETURN CASE 2 WHEN 1 THEN 'a' WHEN 2 THEN 'b' END")).toBe("b");
    expect(one("RETURN CASE WHEN false THEN 1 ELSE 2 END")).toBe(2n);
  });
  it("reads parameters with the loader typing rule", () => {
    expect(one("RETURN $a + $b", { a: 2, b: 0.5 })).toBe(2.5);
    expect(one("RETURN $a", { a: 3 })).toBe(3n);
  });
  it("fails on a missing parameter", () => {
    expect(errorOf(e, "RETURN $nope").errorType).toBe("ParameterMissing");
  });
  it("builds map projections", () => {
    const g = engineWith("CREATE ({name: 'a', age: 3})");
    expect(g.run("MATCH (n) RETURN n {.name, x: 1}").rows[0][0]).toEqual({ name: "a", x: 1n });
  });
});

describe("temporal values", () => {
  it("builds dates from maps, adds durations and renders ISO-8601", () => {
    expect(String(one("RETURN date({year: 1984, month: 1, day: 31}) + duration({months: 1, days: 2})"))).toBe(
      "1984-03-02",
    );
    expect(
      String(one("RETURN time({hour: 12, minute: 31, second: 14, nanosecond: 645876123, timezone: '+01:00'})")),
    ).toBe("12:31:14.645876123+01:00");
  });
  it("orders zoned times by their instant", () => {
    expect(one("RETURN time({hour: 12, timezone: '+02:00'}) < time({hour: 11, timezone: '+00:00'})")).toBe(true);
  });
});
