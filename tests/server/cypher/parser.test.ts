import { describe, expect, it } from "vitest";
import { parseQuery } from "../../../server/cypher/parser/index.ts";
import type { CypherError } from "../../../server/cypher/index.ts";
import { engineWith, errorOf, rows } from "./helpers.ts";

const fail = (q: string) => {
  try {
    parseQuery(q);
  } catch (e) {
    return e as CypherError;
  }
  throw new Error("expected a syntax error");
};

describe("parser", () => {
  it("parses a match with labels, relationship types and a variable-length range", () => {
    const q = parseQuery("MATCH p = (a:A:B {x: 1})-[r:T|U*1..3]->(b) RETURN p");
    const m = q.parts[0].clauses[0];
    expect(m.k).toBe("match");
    if (m.k !== "match") return;
    expect(m.patterns[0].v).toBe("p");
    expect(m.patterns[0].nodes[0].labels).toEqual(["A", "B"]);
    expect(m.patterns[0].rels[0]).toMatchObject({ types: ["T", "U"], dir: "out", varLen: { min: 1, max: 3 } });
  });

  it("keeps projection text exactly as written for column names", () => {
    const q = parseQuery("RETURN count(*), n.name ,  1+2");
    const r = q.parts[0].clauses[0];
    if (r.k !== "return") throw new Error();
    expect(r.proj.items.map((i) => i.text)).toEqual(["count(*)", "n.name", "1+2"]);
  });

  it("gives multiplication precedence over addition and chains comparisons", () => {
    const q = parseQuery("RETURN 1 + 2 * 3 < 10 < 20");
    const r = q.parts[0].clauses[0];
    if (r.k !== "return") throw new Error();
    expect(r.proj.items[0].e).toMatchObject({ k: "bin", op: "AND" });
  });

  it("reports what was expected, with line and column", () => {
    const e = fail("MATCH (n)\nRETURN n ORDER n");
    expect(e.code).toBe("SyntaxError.UnexpectedSyntax");
    expect(e.position).toMatchObject({ line: 2, column: 10 });
    expect(e.message).toMatch(/Expected/);
  });

  it("rejects integer literals beyond 64 bits", () => {
    expect(fail("RETURN 9223372036854775808").detail).toBe("IntegerOverflow");
  });

  it("accepts the most negative 64-bit integer literal", () => {
    expect(() => parseQuery("RETURN -9223372036854775808")).not.toThrow();
  });

  it("splits UNION parts", () => {
    const q = parseQuery("RETURN 1 AS a UNION ALL RETURN 2 AS a");
    expect(q.parts).toHaveLength(2);
    expect(q.unionAll).toEqual([true]);
  });
});

describe("operators Neo4j's grammar refuses", () => {
  // Expected outcomes are the real Neo4j 5.26's (found by the differential test, tests/differential/).
  it("allows one string, list or null predicate per operand", () => {
    const e = engineWith();
    for (const q of [
      "RETURN 1 IN [1] IS NULL",
      "RETURN 1 IS NULL IS NULL",
      "RETURN 'a' STARTS WITH 'a' IS NOT NULL",
      "RETURN 1 IN [1] IN [true]",
    ])
      expect(errorOf(e, q).code, q).toBe("SyntaxError.UnexpectedSyntax");
    // comparisons still combine with a predicate: Neo4j answers true
    expect(rows(e, "RETURN 'a' STARTS WITH 'a' = true, NOT 1 IS NULL")).toEqual([[true, true]]);
  });

  it("allows a second sign only in front of a number literal", () => {
    const e = engineWith();
    expect(errorOf(e, "WITH 1 AS x RETURN - -x").code).toBe("SyntaxError.UnexpectedSyntax");
    // Neo4j: --1 = 1, -(-2) = 2, 2 - -1 = 3, -2^2 = 4.0
    expect(rows(e, "RETURN --1, -(-2), 2 - -1, -2^2")).toEqual([[1, 2, 3, 4]]);
  });
});
