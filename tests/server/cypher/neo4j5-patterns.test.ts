// Neo4j 5 patterns and expressions: label expressions, WHERE inside patterns, quantified
// relationships, path selectors, type predicates and CASE with several values per WHEN.
// Expected values are the real Neo4j 5.26's answers on the same graph.
import { describe, expect, it } from "vitest";
import { engineWith, errorOf, rows } from "./helpers.ts";

const GRAPH = `CREATE (a:Person {name: 'Ann', age: 30})-[:KNOWS {since: 2001}]->(b:Person {name: 'Bob', age: 25})
  -[:KNOWS {since: 2005}]->(c:Person:Admin {name: 'Cy', age: 40}), (a)-[:LIKES]->(c),
  (d:Dog {name: 'Rex'})<-[:OWNS]-(b), (c)-[:KNOWS]->(a)`;
const g = () => engineWith(GRAPH);
const names = (q: string) => rows(g(), q).map((r) => r[0]);

describe("label expressions", () => {
  it("combine labels with &, |, ! and % in node patterns", () => {
    expect(names("MATCH (n:Person&Admin) RETURN n.name")).toEqual(["Cy"]);
    expect(names("MATCH (n:Admin|Dog) RETURN n.name ORDER BY n.name")).toEqual(["Cy", "Rex"]);
    expect(names("MATCH (n:!Person) RETURN n.name")).toEqual(["Rex"]);
    expect(names("MATCH (n:%) RETURN count(n)")).toEqual([4]);
    expect(names("MATCH (n:Person&!Admin) RETURN n.name ORDER BY n.name")).toEqual(["Ann", "Bob"]);
  });

  it("work in WHERE, with parentheses, on nodes and on relationship types", () => {
    expect(names("MATCH (n) WHERE n:Dog|Admin RETURN n.name ORDER BY n.name")).toEqual(["Cy", "Rex"]);
    expect(names("MATCH (n) WHERE n:(Person&!Admin)|Dog RETURN n.name ORDER BY n.name")).toEqual(["Ann", "Bob", "Rex"]);
    expect(names("MATCH ()-[r]->() WHERE r:LIKES|OWNS RETURN type(r) ORDER BY type(r)")).toEqual(["LIKES", "OWNS"]);
  });

  it("negate and wildcard relationship types", () => {
    expect(names("MATCH ()-[r:!KNOWS]->() RETURN type(r) ORDER BY type(r)")).toEqual(["LIKES", "OWNS"]);
    expect(names("MATCH ()-[r:%]->() RETURN count(r)")).toEqual([5]);
  });

  it("leave `WHERE x:A | x.name` in a comprehension a projection", () => {
    expect(rows(g(), "MATCH (n:Person) RETURN [x IN [n] WHERE x:Admin | x.name] AS a ORDER BY n.name")).toEqual([
      [[]],
      [[]],
      [["Cy"]],
    ]);
  });

  it("are refused where they cannot create anything", () => {
    expect(errorOf(g(), "CREATE (n:A|B)").code).toMatch(/^SyntaxError\./);
  });
});

describe("WHERE inside patterns", () => {
  it("filters nodes and relationships", () => {
    expect(names("MATCH (n:Person WHERE n.age > 28) RETURN n.name ORDER BY n.name")).toEqual(["Ann", "Cy"]);
    expect(rows(g(), "MATCH (a)-[r:KNOWS WHERE r.since > 2002]->(b) RETURN a.name, b.name")).toEqual([["Bob", "Cy"]]);
    expect(names("MATCH (p:Person) WHERE EXISTS { (p)-->(d WHERE d:Dog) } RETURN p.name")).toEqual(["Bob"]);
    expect(
      rows(g(), "MATCH (p:Person) RETURN p.name, [(p)-->(x WHERE x.age > 26) | x.name] AS xs ORDER BY p.name"),
    ).toEqual([
      ["Ann", ["Cy"]],
      ["Bob", ["Cy"]],
      ["Cy", ["Ann"]],
    ]);
  });
});

describe("quantified relationships and groups", () => {
  const ann = "MATCH (a:Person {name: 'Ann'})";
  it("read +, *, {n}, {n,} and {n,m} as path lengths", () => {
    expect(names(`${ann}-[:KNOWS]->+(b) RETURN b.name ORDER BY b.name`)).toEqual(["Ann", "Bob", "Cy"]);
    expect(names(`${ann}-[:KNOWS]->{2}(b) RETURN b.name`)).toEqual(["Cy"]);
    expect(names(`${ann}-[:KNOWS]->*(b) RETURN b.name ORDER BY b.name`)).toEqual(["Ann", "Ann", "Bob", "Cy"]);
    expect(names(`${ann}-[:KNOWS]->{1,}(b) RETURN count(*)`)).toEqual([3]);
    expect(rows(g(), `${ann}-[r:KNOWS]->{1,2}(b) RETURN b.name, size(r) ORDER BY b.name`)).toEqual([
      ["Bob", 1],
      ["Cy", 2],
    ]);
  });

  it("accept a parenthesised group of one relationship, with group variables and per-hop conditions", () => {
    expect(names(`${ann}(()-[:KNOWS]->()){1,2}(b) RETURN b.name ORDER BY b.name`)).toEqual(["Bob", "Cy"]);
    expect(
      rows(
        g(),
        `${ann}((x)-[r:KNOWS]->(y)){1,3}(b) RETURN [n IN x | n.name] AS xs, [n IN y | n.name] AS ys, size(r) AS k, b.name ORDER BY k`,
      ),
    ).toEqual([
      [["Ann"], ["Bob"], 1, "Bob"],
      [["Ann", "Bob"], ["Bob", "Cy"], 2, "Cy"],
      [["Ann", "Bob", "Cy"], ["Bob", "Cy", "Ann"], 3, "Ann"],
    ]);
    expect(
      rows(g(), `${ann}((x)-[r:KNOWS]->(y:Person WHERE y.age < 35)){1,3}(b) RETURN [n IN y | n.name] AS ys, b.name`),
    ).toEqual([[["Bob"], "Bob"]]);
    expect(names("MATCH ((x:Person)-[:KNOWS]->(y:Person)){2} RETURN [n IN x | n.name] AS xs ORDER BY xs")).toEqual([
      ["Ann", "Bob"],
      ["Bob", "Cy"],
      ["Cy", "Ann"],
    ]);
    expect(names(`${ann}((x)-[:KNOWS]->(y))*(b) RETURN size(x) ORDER BY size(x)`)).toEqual([0, 1, 2, 3]);
  });

  it("bind group variables in the pattern's order when walked backwards", () => {
    expect(
      rows(
        g(),
        "MATCH p = (a:Person {name: 'Cy'})((x)<-[:KNOWS]-(y)){1,2}(b) RETURN [n IN x | n.name], [n IN y | n.name], length(p) ORDER BY length(p)",
      ),
    ).toEqual([
      [["Cy"], ["Bob"], 1],
      [["Cy", "Bob"], ["Bob", "Ann"], 2],
    ]);
    expect(
      rows(g(), "MATCH (b:Dog)((y)<-[:OWNS|KNOWS]-(x)){1,2}(a) RETURN a.name, [n IN x | n.name] ORDER BY a.name"),
    ).toEqual([
      ["Ann", ["Bob", "Ann"]],
      ["Bob", ["Bob"]],
    ]);
  });

  it("refuse groups of several relationships rather than answer wrongly", () => {
    expect(errorOf(g(), `${ann}((x)-->(y)-->(z)){1,2}(b) RETURN b`).code).toBe("SyntaxError.UnsupportedPattern");
  });
});

describe("path selectors", () => {
  it("keep one shortest path per pair for SHORTEST 1, ANY SHORTEST and ANY", () => {
    expect(names("MATCH p = ANY SHORTEST (a:Person {name: 'Ann'})--+(b:Person {name: 'Cy'}) RETURN length(p)")).toEqual(
      [1],
    );
    expect(names("MATCH p = ANY (a:Person {name: 'Ann'})-->+(b:Dog) RETURN length(p)")).toEqual([2]);
    expect(names("MATCH p = SHORTEST 1 (a:Person {name: 'Ann'})-[:KNOWS]-+(b:Dog) RETURN length(p)")).toEqual([]);
  });

  it("keep every shortest path for ALL SHORTEST and SHORTEST 1 GROUPS", () => {
    expect(
      rows(
        g(),
        "MATCH p = ALL SHORTEST (a:Person {name: 'Ann'})--+(b:Person {name: 'Bob'}) RETURN length(p), [n IN nodes(p) | n.name]",
      ),
    ).toEqual([[1, ["Ann", "Bob"]]]);
    expect(
      names("MATCH p = SHORTEST 1 GROUPS (a:Person {name: 'Ann'})--+(b:Person {name: 'Bob'}) RETURN count(p)"),
    ).toEqual([1]);
  });

  it("keep the k shortest paths, or the paths of the k shortest lengths with GROUPS", () => {
    expect(
      names(
        "MATCH p = SHORTEST 2 (a:Person {name: 'Ann'})--+(b:Person {name: 'Cy'}) RETURN length(p) ORDER BY length(p)",
      ),
    ).toEqual([1, 1]);
    expect(
      names(
        "MATCH p = SHORTEST 3 (a:Person {name: 'Ann'})-->+(b:Person {name: 'Cy'}) RETURN [n IN nodes(p) | n.name] ORDER BY length(p)",
      ),
    ).toEqual([
      ["Ann", "Cy"],
      ["Ann", "Bob", "Cy"],
      ["Ann", "Bob", "Cy", "Ann", "Cy"],
    ]);
    expect(
      rows(
        g(),
        "MATCH p = SHORTEST 2 GROUPS (a:Person {name: 'Ann'})--+(b:Person {name: 'Cy'}) RETURN length(p), count(*) ORDER BY length(p)",
      ),
    ).toEqual([
      [1, 2],
      [2, 1],
    ]);
    expect(names("MATCH p = ANY 2 (a:Person {name: 'Ann'})--{1,3}(b:Dog) RETURN count(p)")).toEqual([2]);
  });

  it("let a path return to its start node, unlike shortestPath()", () => {
    expect(names("MATCH p = SHORTEST 1 (a:Person {name: 'Ann'})-[:KNOWS]->+(a) RETURN length(p)")).toEqual([3]);
    expect(
      rows(
        g(),
        "MATCH p = ALL SHORTEST (a:Person)-[:KNOWS]->+(b:Person) WHERE a.name = 'Ann' RETURN b.name, length(p) ORDER BY b.name",
      ),
    ).toEqual([
      ["Ann", 3],
      ["Bob", 1],
      ["Cy", 2],
    ]);
    expect(
      rows(
        g(),
        "MATCH p = SHORTEST 2 (a:Person {name: 'Ann'})-[:KNOWS]->{0,}(b) RETURN b.name, length(p) ORDER BY length(p), b.name",
      ),
    ).toEqual([
      ["Ann", 0],
      ["Bob", 1],
      ["Cy", 2],
      ["Ann", 3],
    ]);
  });
});

describe("type predicates", () => {
  it("test values against types, nullable unless NOT NULL", () => {
    const q = `UNWIND [1, 1.5, 'a', true, null, [1, 2], {a: 1}, date('2020-01-01')] AS x
      RETURN x IS :: INTEGER AS i, x IS :: STRING NOT NULL AS s, x IS NOT :: FLOAT AS nf, x :: LIST<INTEGER> AS l,
        x IS :: INTEGER | FLOAT AS num, x IS :: DATE AS d, x IS :: PROPERTY VALUE AS pv, x IS :: ANY NOT NULL AS a,
        x IS :: NULL AS n`;
    expect(rows(g(), q)).toEqual([
      [true, false, true, false, true, false, true, true, false],
      [false, false, false, false, true, false, true, true, false],
      [false, true, true, false, false, false, true, true, false],
      [false, false, true, false, false, false, true, true, false],
      [true, false, false, true, true, true, true, false, true],
      [false, false, true, true, false, false, true, true, false],
      [false, false, true, false, false, false, false, true, false],
      [false, false, true, false, false, true, true, true, false],
    ]);
  });

  it("check list element types, NOTHING and graph element types", () => {
    expect(
      rows(
        g(),
        "RETURN [1, null] IS :: LIST<INTEGER> AS a, [1, null] IS :: LIST<INTEGER NOT NULL> AS b, [] IS :: LIST<NOTHING> AS c, null IS :: NOTHING AS d, [1, 'a'] IS :: LIST<INTEGER | STRING> AS e, [1, 'a'] IS :: LIST<ANY> AS f",
      ),
    ).toEqual([[true, false, true, false, true, true]]);
    expect(
      rows(
        g(),
        "MATCH (n:Person {name: 'Ann'})-[r]->(m) RETURN n IS :: NODE AS a, r IS :: RELATIONSHIP AS b, m IS :: MAP AS c",
      ),
    ).toEqual([
      [true, true, false],
      [true, true, false],
    ]);
  });
});

describe("CASE with several values in one WHEN", () => {
  it("matches any of the listed values", () => {
    expect(
      names("UNWIND [1, 2, 3, null] AS x RETURN CASE x WHEN 1, 2 THEN 'low' WHEN 3 THEN 'three' ELSE 'other' END AS c"),
    ).toEqual(["low", "low", "three", "other"]);
    expect(
      rows(
        g(),
        "MATCH (n:Person) RETURN n.name, CASE n.age WHEN 25, 30 THEN 'young' ELSE 'old' END AS a ORDER BY n.name",
      ),
    ).toEqual([
      ["Ann", "young"],
      ["Bob", "young"],
      ["Cy", "old"],
    ]);
  });
});
