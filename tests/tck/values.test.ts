import { describe, expect, it } from "vitest";
import { formatValue, parseValue, type TckValue } from "./values.ts";

const int = (n: bigint | number): TckValue => ({ type: "integer", value: BigInt(n) });
const float = (value: number): TckValue => ({ type: "float", value });
const str = (value: string): TckValue => ({ type: "string", value });

describe("TCK value parser", () => {
  it("parses scalars, keeping integers exact and distinct from floats", () => {
    expect(parseValue("null")).toEqual({ type: "null" });
    expect(parseValue("true")).toEqual({ type: "boolean", value: true });
    expect(parseValue("-1")).toEqual(int(-1));
    expect(parseValue("4611686018427387905")).toEqual(int(4611686018427387905n));
    expect(parseValue("-9223372036854775808")).toEqual(int(-9223372036854775808n));
    expect(parseValue("1.0")).toEqual(float(1));
    expect(parseValue("-11.2943")).toEqual(float(-11.2943));
    expect(parseValue("1e-305")).toEqual(float(1e-305));
    expect(parseValue("1.2635418652381264e305")).toEqual(float(1.2635418652381264e305));
    const nan = parseValue("NaN");
    expect(nan.type === "float" && Number.isNaN(nan.value)).toBe(true);
  });

  it("parses strings with escapes", () => {
    expect(parseValue("''")).toEqual(str(""));
    expect(parseValue("'\\''")).toEqual(str("'"));
    expect(parseValue("'a\\\\b'")).toEqual(str("a\\b"));
    expect(parseValue("'x, [y] {z}'")).toEqual(str("x, [y] {z}"));
  });

  it("parses nested lists and maps whatever the spacing", () => {
    expect(parseValue("[1, 'a', null, [], [2.5]]")).toEqual({
      type: "list",
      items: [int(1), str("a"), { type: "null" }, { type: "list", items: [] }, { type: "list", items: [float(2.5)] }],
    });
    expect(parseValue("{num:1}")).toEqual(parseValue("{ num: 1 }"));
    expect(parseValue("{a: -1, b: {c: 'foo'}}")).toEqual({
      type: "map",
      entries: { a: int(-1), b: { type: "map", entries: { c: str("foo") } } },
    });
  });

  it("parses nodes and relationships", () => {
    expect(parseValue("()")).toEqual({ type: "node", labels: [], properties: {} });
    expect(parseValue("(:A:B {name: 'a', num: 1})")).toEqual({
      type: "node",
      labels: ["A", "B"],
      properties: { name: str("a"), num: int(1) },
    });
    expect(parseValue("({name: 'c'})")).toEqual({ type: "node", labels: [], properties: { name: str("c") } });
    expect(parseValue("[:KNOWS {num: 1}]")).toEqual({
      type: "relationship",
      relType: "KNOWS",
      properties: { num: int(1) },
    });
    expect(parseValue("[[:T]]")).toEqual({
      type: "list",
      items: [{ type: "relationship", relType: "T", properties: {} }],
    });
  });

  it("parses paths in both directions", () => {
    expect(parseValue("<()>")).toEqual({
      type: "path",
      start: { type: "node", labels: [], properties: {} },
      steps: [],
    });
    const p = parseValue("<(:A {name: 'A'})-[:KNOWS]->(:B)<-[:T {w: 2}]-(:C)>");
    expect(p.type).toBe("path");
    if (p.type !== "path") return;
    expect(p.steps.map((s) => [s.forward, s.rel.relType, s.node.labels[0]])).toEqual([
      [true, "KNOWS", "B"],
      [false, "T", "C"],
    ]);
    expect(parseValue("[<(:A)-[:T]->(:B)>]").type).toBe("list");
  });

  it("rejects malformed input instead of guessing", () => {
    for (const bad of ["[1, 2", "'open", "(:A", "{a 1}", "1 2", "foo"]) expect(() => parseValue(bad), bad).toThrow();
  });

  it("renders back to TCK notation (round trip)", () => {
    for (const text of [
      "[1, 2.5, 'it\\'s', null, true]",
      "(:A:B {name: 'a'})",
      "<(:A)-[:T {w: 1}]->(:B)<-[:S]-()>",
      "{a: [], b: {}}",
      "1.0",
      "-0.5",
    ]) {
      expect(formatValue(parseValue(text))).toBe(text);
    }
  });
});
