import { describe, expect, it } from "vitest";
import { BUILTINS, Catalog, parseSignature } from "../../../server/cypher/catalog/index.ts";
import { engineWith, errorOf, rows } from "./helpers.ts";

describe("the callable catalog", () => {
  it("resolves functions case-insensitively under Neo4j's spelling and signature", () => {
    const f = BUILTINS.function("TOLOWER")!;
    expect(f.name).toBe("toLower");
    expect(f.signature).toBe("toLower(input :: STRING) :: STRING");
    expect(f.returns).toBe("string");
  });

  it("declares a signature for every built-in function and aggregate", () => {
    const undocumented = BUILTINS.allFunctions().filter((f) => f.documented === false);
    expect(undocumented.map((f) => f.name)).toEqual([]);
    for (const a of BUILTINS.allAggregates())
      expect(parseSignature(a.signature).name.toLowerCase()).toBe(a.name.toLowerCase());
  });

  it("takes result types for type checking from the signatures", () => {
    // floor() returns FLOAT, so property access on it is a compile-time type error
    expect(errorOf(engineWith(), "RETURN floor(1.5).x").code).toBe("TypeError.InvalidArgumentType");
    expect(BUILTINS.aggregate("collect")!.returns).toBe("list");
  });

  it("parses procedure signatures with inputs, defaults and output columns", () => {
    expect(parseSignature("test.my.proc(name :: STRING?, in = 0 :: INTEGER?) :: (out :: INTEGER?)")).toEqual({
      name: "test.my.proc",
      params: [
        { name: "name", type: "STRING?", optional: false },
        { name: "in", type: "INTEGER?", optional: true },
      ],
      outputs: [{ name: "out", type: "INTEGER?", optional: false }],
    });
    expect(parseSignature("test.doNothing() :: ()").outputs).toEqual([]);
  });

  it("lets an extending catalog add callables without changing its parent", () => {
    const own = new Catalog(BUILTINS).defineProcedure("my.answer() :: (x :: INTEGER)", () => [{ x: 42n }]);
    expect(own.procedure("MY.ANSWER")!.outputs.map((o) => o.name)).toEqual(["x"]);
    expect(BUILTINS.procedure("my.answer")).toBeUndefined();
    expect(own.function("toLower")).toBe(BUILTINS.function("toLower"));
  });

  it("lists every function overload as its own signature, sorted by name", () => {
    const { functions } = BUILTINS.listing();
    const range = functions.filter((f) => f.name === "range").map((f) => f.signature);
    expect(range).toHaveLength(2);
    const names = functions.map((f) => f.name.toLowerCase());
    expect(names).toEqual([...names].sort());
    expect(functions.find((f) => f.name === "count")!.aggregating).toBe(true);
  });

  it("runs the implementation the catalog resolved", () => {
    expect(rows(engineWith(), "RETURN toUpper('kz') AS u, size([1, 2]) AS s")).toEqual([["KZ", 2]]);
  });
});
