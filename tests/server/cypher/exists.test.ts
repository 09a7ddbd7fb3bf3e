// Existence tests on patterns: exists((n)-->()), bare pattern predicates and EXISTS { } answer
// per node, and stand only where a boolean is tested. Expected values are the real Neo4j 5.26's
// answers (found by the differential test, tests/differential/).
import { describe, expect, it } from "vitest";
import { engineWith, errorOf, rows } from "./helpers.ts";

const graph = "CREATE (:N {id: 'a', flag: true})-[:R]->(:N {id: 'b'}), (:N {id: 'c'})";

describe("pattern existence", () => {
  it("exists((n)-->()) is true only for nodes with an outgoing relationship", () => {
    // Neo4j: a true, b false, c false
    const e = engineWith(graph);
    expect(rows(e, "MATCH (n) RETURN n.id, exists((n)-->()) ORDER BY n.id")).toEqual([
      ["a", true],
      ["b", false],
      ["c", false],
    ]);
  });

  it("exists() with a property map inside the pattern checks the properties", () => {
    // Neo4j: a and c have no incoming relationship from a node with flag = true
    const e = engineWith(graph);
    expect(rows(e, "MATCH (n) WHERE NOT exists((n)<--({flag: true})) RETURN n.id ORDER BY n.id")).toEqual([
      ["a"],
      ["c"],
    ]);
  });

  it("refuses exists() on a property or any other non-pattern argument, as Neo4j 5 does", () => {
    const e = engineWith(graph);
    expect(errorOf(e, "MATCH (n) RETURN exists(n.id)").phase).toBe("compile");
    expect(errorOf(e, "RETURN exists(1)").code).toBe("SyntaxError.InvalidArgumentType");
  });

  it("accepts pattern predicates under NOT, AND/OR/XOR, CASE WHEN and a comprehension's WHERE", () => {
    // Neo4j answers all four (a has an outgoing relationship, b and c none)
    const e = engineWith(graph);
    expect(
      rows(
        e,
        "MATCH (n) RETURN NOT (n)-->(), (n)-->() XOR true, CASE WHEN (n)-->() THEN 1 END, size([x IN [1] WHERE (n)-->()]) ORDER BY n.id",
      ),
    ).toEqual([
      [false, false, 1, 1],
      [true, true, null, 0],
      [true, true, null, 0],
    ]);
  });

  it("refuses a pattern predicate compared, tested for null or returned by CASE", () => {
    // Neo4j: "A pattern expression should only be used in order to test the existence of a pattern"
    const e = engineWith(graph);
    for (const q of [
      "MATCH (n) WHERE (n)-->() = true RETURN n",
      "MATCH (n) WHERE (n)-->() IS NULL RETURN n",
      "MATCH (n) WHERE CASE WHEN true THEN (n)-->() END RETURN n",
      "MATCH (n) RETURN (n)-->() AS x",
    ])
      expect(errorOf(e, q).phase, q).toBe("compile");
  });
});
