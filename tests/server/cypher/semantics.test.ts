import { describe, expect, it } from "vitest";
import { engineWith, errorOf } from "./helpers.ts";

const e = engineWith();
const code = (q: string) => errorOf(e, q).code;

describe("semantic checks", () => {
  it("rejects an undefined variable", () => {
    expect(code("MATCH (a) RETURN b")).toBe("SyntaxError.UndefinedVariable");
  });
  it("rejects a node variable reused as a relationship", () => {
    expect(code("MATCH (r)-[r]->() RETURN r")).toBe("SyntaxError.VariableTypeConflict");
  });
  it("rejects matching a node variable bound to a value", () => {
    expect(code("WITH 1 AS n MATCH (n) RETURN n")).toBe("SyntaxError.VariableTypeConflict");
  });
  it("rejects re-binding a path variable", () => {
    expect(code("MATCH (p) MATCH p = ()-->() RETURN p")).toBe("SyntaxError.VariableAlreadyBound");
  });
  it("rejects aggregation in WHERE", () => {
    expect(code("MATCH (a) WHERE count(a) > 1 RETURN a")).toBe("SyntaxError.InvalidAggregation");
  });
  it("rejects mixing a non-grouped variable with an aggregate", () => {
    expect(code("MATCH (a)-->(b) RETURN a.x + b.x + count(*)")).toBe("SyntaxError.AmbiguousAggregationExpression");
  });
  it("rejects creating a relationship without exactly one type", () => {
    expect(code("CREATE ()-[:A|B]->()")).toBe("SyntaxError.NoSingleRelationshipType");
  });
  it("rejects WITH expressions without an alias", () => {
    expect(code("MATCH (a) WITH a, count(*) RETURN a")).toBe("SyntaxError.NoExpressionAlias");
  });
  it("rejects a negative literal LIMIT", () => {
    expect(code("RETURN 1 LIMIT -1")).toBe("SyntaxError.NegativeIntegerArgument");
  });
  it("rejects type() on a node at compile time", () => {
    expect(code("MATCH (n) RETURN type(n)")).toBe("SyntaxError.InvalidArgumentType");
  });
  it("rejects UNION parts with different columns", () => {
    expect(code("RETURN 1 AS a UNION RETURN 2 AS b")).toBe("SyntaxError.DifferentColumnsInUnion");
  });
  it("reports compile-time errors with phase compile", () => {
    expect(errorOf(e, "RETURN x").phase).toBe("compile");
  });
});

describe("semantic error positions", () => {
  it("points at the undefined variable's line and column", () => {
    expect(errorOf(e, "MATCH (a)\nRETURN b").position).toMatchObject({ line: 2, column: 8 });
  });
});
