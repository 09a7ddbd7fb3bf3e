// CALL { } subqueries and EXISTS / COUNT / COLLECT { } expressions. Expected values are the real
// Neo4j 5.26's answers on the same graph.
import { describe, expect, it } from "vitest";
import { engineWith, errorOf, rows } from "./helpers.ts";

const GRAPH = `CREATE (a:Person {name: 'Ann', age: 30})-[:KNOWS {since: 2001}]->(b:Person {name: 'Bob', age: 25})
  -[:KNOWS {since: 2005}]->(c:Person:Admin {name: 'Cy', age: 40}), (a)-[:LIKES]->(c),
  (d:Dog {name: 'Rex'})<-[:OWNS]-(b), (c)-[:KNOWS]->(a)`;
const g = () => engineWith(GRAPH);

describe("CALL { } subqueries", () => {
  it("imports variables with a leading WITH and extends each row with what the body returns", () => {
    expect(
      rows(
        g(),
        "MATCH (p:Person) CALL { WITH p MATCH (p)-[:KNOWS]->(f) RETURN f.name AS friend } RETURN p.name, friend ORDER BY p.name",
      ),
    ).toEqual([
      ["Ann", "Bob"],
      ["Bob", "Cy"],
      ["Cy", "Ann"],
    ]);
  });

  it("imports through a scope clause (vars), (*) and () and aggregates per input row", () => {
    expect(
      rows(
        g(),
        "MATCH (p:Person) CALL (p) { MATCH (p)-[:KNOWS]->(f) RETURN count(f) AS n } RETURN p.name, n ORDER BY p.name",
      ),
    ).toEqual([
      ["Ann", 1],
      ["Bob", 1],
      ["Cy", 1],
    ]);
    expect(rows(g(), "UNWIND [1, 2] AS i CALL (i) { UNWIND range(1, i) AS j RETURN sum(j) AS s } RETURN i, s")).toEqual(
      [
        [1, 1],
        [2, 3],
      ],
    );
    expect(
      rows(g(), "MATCH (p:Person) CALL (*) { RETURN p.age * 2 AS dbl } RETURN p.name, dbl ORDER BY p.name"),
    ).toEqual([
      ["Ann", 60],
      ["Bob", 50],
      ["Cy", 80],
    ]);
    expect(rows(g(), "CALL () { MATCH (n) RETURN count(n) AS c } RETURN c")).toEqual([[4]]);
  });

  it("runs UNION and UNION ALL bodies", () => {
    expect(
      rows(
        g(),
        "CALL { MATCH (p:Person) RETURN p.name AS n UNION MATCH (d:Dog) RETURN d.name AS n } RETURN n ORDER BY n",
      ),
    ).toEqual([["Ann"], ["Bob"], ["Cy"], ["Rex"]]);
    expect(
      rows(
        g(),
        "MATCH (p:Person) CALL (p) { MATCH (p)-->(x:Dog) RETURN x.name AS dog UNION ALL RETURN 'none' AS dog } RETURN p.name, dog ORDER BY p.name, dog",
      ),
    ).toEqual([
      ["Ann", "none"],
      ["Bob", "Rex"],
      ["Bob", "none"],
      ["Cy", "none"],
    ]);
  });

  it("does not let a body without a scope clause see outer variables it did not import", () => {
    // the body's p is a new variable: every person times every relationship (3 x 5 rows)
    expect(rows(g(), "MATCH (p:Person) CALL { MATCH (p)-->(x) RETURN x } RETURN p")).toHaveLength(15);
  });

  it("passes each row on once after a unit subquery, and keeps rows under OPTIONAL CALL", () => {
    const e = g();
    expect(rows(e, "UNWIND [1, 2] AS x CALL (x) { CREATE (:Tmp {x: x}) } RETURN x")).toEqual([[1], [2]]);
    expect(rows(e, "MATCH (t:Tmp) RETURN t.x ORDER BY t.x")).toEqual([[1], [2]]);
    expect(
      rows(
        e,
        "MATCH (p:Person) OPTIONAL CALL (p) { MATCH (p)-->(d:Dog) RETURN d.name AS dog } RETURN p.name, dog ORDER BY p.name",
      ),
    ).toEqual([
      ["Ann", null],
      ["Bob", "Rex"],
      ["Cy", null],
    ]);
  });

  it("refuses to return a variable the outer query already has", () => {
    expect(errorOf(g(), "WITH 1 AS x CALL { WITH x RETURN x } RETURN x").code).toBe("SyntaxError.VariableAlreadyBound");
    expect(errorOf(g(), "WITH 1 AS x CALL (y) { RETURN 1 AS z } RETURN z").code).toBe("SyntaxError.UndefinedVariable");
  });
});

describe("EXISTS, COUNT and COLLECT subqueries", () => {
  it("counts pattern matches and full subquery rows, UNION included", () => {
    expect(rows(g(), "MATCH (p:Person) RETURN p.name, COUNT { (p)-->() } AS out ORDER BY p.name")).toEqual([
      ["Ann", 2],
      ["Bob", 2],
      ["Cy", 1],
    ]);
    expect(
      rows(
        g(),
        "MATCH (p:Person) RETURN p.name, COUNT { MATCH (p)-[:KNOWS]->(f) WHERE f.age > 26 RETURN f } AS n ORDER BY p.name",
      ),
    ).toEqual([
      ["Ann", 0],
      ["Bob", 1],
      ["Cy", 1],
    ]);
    expect(
      rows(
        g(),
        "MATCH (p:Person) RETURN p.name, COUNT { MATCH (p)-->(x) RETURN x.name AS n UNION MATCH (p)<--(x) RETURN x.name AS n } AS c ORDER BY p.name",
      ),
    ).toEqual([
      ["Ann", 2],
      ["Bob", 3],
      ["Cy", 2],
    ]);
  });

  it("collects the single returned column, in the body's order", () => {
    expect(
      rows(
        g(),
        "MATCH (p:Person) RETURN p.name, COLLECT { MATCH (p)-->(x) RETURN x.name ORDER BY x.name } AS xs ORDER BY p.name",
      ),
    ).toEqual([
      ["Ann", ["Bob", "Cy"]],
      ["Bob", ["Cy", "Rex"]],
      ["Cy", ["Ann"]],
    ]);
    expect(
      errorOf(g(), "MATCH (p:Person) RETURN COLLECT { MATCH (p)-->(x) RETURN x.name AS a, x.age AS b } AS bad").code,
    ).toMatch(/^SyntaxError\./);
  });

  it("tests existence with MATCH, WITH, WHERE and RETURN inside", () => {
    expect(rows(g(), "MATCH (p:Person) WHERE EXISTS { MATCH (p)-->(d:Dog) } RETURN p.name")).toEqual([["Bob"]]);
    expect(
      rows(
        g(),
        "MATCH (p:Person) WHERE EXISTS { MATCH (p)-[:KNOWS]->(f) WITH f WHERE f.age > 35 RETURN f } RETURN p.name",
      ),
    ).toEqual([["Bob"]]);
  });

  it("keeps a subquery's aggregates inside it", () => {
    expect(
      rows(g(), "MATCH (p:Person) RETURN p.name, COUNT { MATCH (p)-->(x) RETURN count(*) AS c } AS k ORDER BY p.name"),
    ).toEqual([
      ["Ann", 1],
      ["Bob", 1],
      ["Cy", 1],
    ]);
  });
});

describe("subqueries in plans", () => {
  it("shows a CALL subquery as Apply with the body beside its input", () => {
    const plan = g().run(
      "EXPLAIN MATCH (p:Person) CALL (p) { MATCH (p)-->(x) RETURN count(x) AS n } RETURN p, n",
    ).plan!;
    const apply = plan.children[0].children[0];
    expect(apply.operator).toBe("Apply");
    expect(apply.children.map((c) => c.operator)).toEqual(["NodeByLabelScan", "EagerAggregation"]);
  });
});

describe("subqueries under read-only runs", () => {
  it("refuses a write inside a CALL subquery", () => {
    expect(errorOf(g(), "CALL () { CREATE (:X) } RETURN 1 AS one", {}, { readOnly: true }).code).toBe("ReadOnly");
  });
});
