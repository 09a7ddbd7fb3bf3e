// Values tested as booleans: a value that can never be one is refused at compile time, one that
// turns out not to be one at runtime is a TypeError (never a silent "false"); IN needs a list.
// Expected outcomes are the real Neo4j 5.26's (found by the differential test, tests/differential/).
import { describe, expect, it } from "vitest";
import { engineWith, errorOf, rows } from "./helpers.ts";

const e = engineWith("CREATE (:N {id: 'a', num: 1, flag: true})-[:R]->(:N {id: 'b', num: 2})");

describe("boolean operands", () => {
  it("refuses at compile time an operand that can never be a boolean", () => {
    // Neo4j: SyntaxError "Type mismatch: expected Boolean but was ..."
    for (const q of [
      "MATCH (n) WHERE n.num - 1 RETURN n",
      "MATCH (n) RETURN n.num % 2 AND true",
      "MATCH (n) RETURN NOT n.num * 2",
      "RETURN 'a' OR true",
      "RETURN 1 AND 2",
      "MATCH (n) WHERE 1 RETURN n",
      "RETURN [x IN [1] WHERE 1]",
      "RETURN all(x IN [1] WHERE x)",
    ])
      expect(errorOf(e, q).code, q).toBe("SyntaxError.InvalidArgumentType");
  });

  it("raises a TypeError when a tested value turns out not to be a boolean", () => {
    // Neo4j: TypeError "Don't know how to treat that as a predicate"
    for (const q of [
      "MATCH (n) WHERE n.id RETURN n",
      "MATCH (n) WITH n WHERE n.num RETURN n",
      "MATCH (n) RETURN CASE WHEN n.num THEN 1 END",
      "MATCH (n) RETURN [x IN [n.id] WHERE x]",
    ]) {
      const err = errorOf(e, q);
      expect([err.errorType, err.phase], q).toEqual(["TypeError", "runtime"]);
    }
  });

  it("keeps null and booleans (stored or computed) as predicates", () => {
    expect(rows(e, "MATCH (n) WHERE n.flag RETURN n.id")).toEqual([["a"]]);
    expect(rows(e, "MATCH (n) WHERE n.missing RETURN n.id")).toEqual([]);
    expect(rows(e, "MATCH (n) RETURN CASE WHEN n.flag THEN 1 ELSE 0 END ORDER BY n.id")).toEqual([[1], [0]]);
  });

  it("still accepts pattern comprehensions whose projection is not a boolean", () => {
    expect(rows(e, "MATCH (n {id: 'a'}) RETURN [p = (n)-->() | length(p)], size([(n)-->() | 1]) > 0")).toEqual([
      [[1], true],
    ]);
  });
});

describe("IN and arithmetic operands", () => {
  it("refuses at compile time IN on a value that can never be a list", () => {
    // Neo4j: SyntaxError "Type mismatch: expected List<T> but was Integer / Map"
    expect(errorOf(e, "MATCH (n) RETURN n.num IN 1").code).toBe("SyntaxError.InvalidArgumentType");
    expect(errorOf(e, "RETURN 1 IN {a: 1}").code).toBe("SyntaxError.InvalidArgumentType");
  });

  it("refuses at compile time arithmetic on a list", () => {
    // Neo4j: SyntaxError "Type mismatch: expected Float, Integer or Duration but was List<Integer>"
    expect(errorOf(e, "WITH [1] + [2] AS l RETURN l * 2").phase).toBe("compile");
  });
});

describe("numeric aggregates", () => {
  it("refuse at compile time an argument that can never be a number", () => {
    // Neo4j: SyntaxError "Type mismatch: expected Float, Integer or Duration but was List<Integer> / String / Node"
    for (const q of ["RETURN avg([1, 2])", "RETURN sum('a')", "RETURN stDev(true)", "MATCH (n) RETURN sum(n)"])
      expect(errorOf(e, q).code, q).toBe("SyntaxError.InvalidArgumentType");
    expect(rows(e, "UNWIND [1, 2] AS x RETURN avg(x), sum(x * 1.5)")).toEqual([[1.5, 4.5]]);
  });
});

describe("types known through coalesce and CASE", () => {
  it("refuses at compile time a coalesce or CASE of integers tested as a boolean", () => {
    // Neo4j: SyntaxError "Type mismatch: expected Boolean but was Integer"
    for (const q of [
      "RETURN coalesce(4, 3) AND true",
      "RETURN CASE WHEN true THEN 1 ELSE 2 END AND true",
      "RETURN CASE WHEN true THEN 1 END AND true",
    ])
      expect(errorOf(e, q).code, q).toBe("SyntaxError.InvalidArgumentType");
    expect(rows(e, "RETURN coalesce(true, false) AND true")).toEqual([[true]]);
  });
});
