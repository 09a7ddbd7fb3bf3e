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

describe("compile-time errors as Neo4j raises them", () => {
  // Expected outcomes are the real Neo4j 5.26's (found comparing with it, tests/differential/).
  it("refuses RETURN * with no variable in scope, but not WITH *", () => {
    expect(code("RETURN *")).toBe("SyntaxError.NoVariablesInScope");
    expect(e.run("WITH * RETURN 1 AS one").rows).toEqual([[1n]]);
  });

  it("refuses a parameter as the property map of a MATCH or MERGE pattern, not of CREATE", () => {
    expect(code("MATCH (n $x) RETURN n")).toBe("SyntaxError.InvalidParameterUse");
    expect(code("MATCH (n)-[r $x]->() RETURN n")).toBe("SyntaxError.InvalidParameterUse");
    expect(code("MERGE (n:A $x) RETURN n")).toBe("SyntaxError.InvalidParameterUse");
    expect(engineWith().run("CREATE (n $x) RETURN n.a", { x: { a: 1 } }).rows).toEqual([[1n]]);
  });

  it("refuses negative bounds in variable-length patterns", () => {
    expect(errorOf(e, "MATCH (a)-[*-1..2]->(b) RETURN a").phase).toBe("compile");
  });
});

describe("reading a deleted entity", () => {
  it("fails on the labels or a property of a node deleted by the query", () => {
    // Neo4j: EntityNotFound "Node with id … has been deleted in this transaction"
    const g = engineWith("CREATE (:D {id: 'd', x: 1})");
    expect(errorOf(g, "MATCH (n:D) DELETE n RETURN labels(n)").code).toBe("EntityNotFound.DeletedEntityAccess");
    expect(errorOf(g, "MATCH (n:D) DELETE n RETURN n.x").code).toBe("EntityNotFound.DeletedEntityAccess");
    expect(g.run("MATCH (n:D) RETURN count(n)").rows).toEqual([[1n]]);
  });
});

describe("a relationship variable written twice in one MATCH", () => {
  it("is accepted and matches nothing, as in Neo4j 5 (the openCypher kit wants a compile error)", () => {
    // Neo4j 5.26: no row for each of these (relationship uniqueness)
    const g = engineWith("CREATE (a:A)-[:R]->(:B)-[:R]->(a)");
    expect(g.run("MATCH (a)-[r]->()-[r]->(a) RETURN r").rows).toEqual([]);
    expect(g.run("MATCH (a)-[r*1..2]->(b), (c)-[r*1..2]->(d) RETURN count(*)").rows).toEqual([[0n]]);
  });
});
