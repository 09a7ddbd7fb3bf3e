import { describe, expect, it } from "vitest";
import { engineWith, rows } from "./helpers.ts";

// `MATCH (a)-[r]->(b)` alone runs as a relationship scan; `MATCH (a) MATCH (a)-[r]->(b)` (start
// bound by an earlier clause) takes the general search. Both must give the same rows, in order.
const e = engineWith(`
  CREATE (a:A {v: 1}), (b:B {v: 2.5}), (c {v: 'x'}), (d)
  CREATE (a)-[:T {w: 1}]->(b), (a)-[:T {w: 2.0}]->(c), (b)-[:T {w: 2}]->(a), (b)-[:U {w: 0.5}]->(b),
         (c)-[:T]->(d), (d)-[:U {w: null}]->(a), (a)-[:T {w: 1}]->(b), (c)-[:U {w: 'str'}]->(a),
         (d)-[:T {w: 1e300}]->(d), (b)-[:T {w: -3}]->(c)
`);

/** Rows, or the error code when the query fails (a STRING `w` makes sum() fail on both paths). */
const outcome = (q: string): unknown => {
  try {
    return rows(e, q);
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
};
const viaScan = (pattern: string, rest: string) => outcome(`MATCH ${pattern} ${rest}`);
const viaSearch = (pattern: string, rest: string) => {
  const start = pattern.match(/^\((\w+)/)![1];
  return outcome(`MATCH (${start}) MATCH ${pattern} ${rest}`);
};

const PATTERNS = [
  "(a)-[r]->(b)",
  "(a)<-[r]-(b)",
  "(a)-[r]-(b)",
  "(a)-[r:T]->(b)",
  "(a)-[r:T|U]-(b)",
  "(a)-[r]->(a)",
  "(a)-[r {w: 1}]->(b)",
  "(a {v: 1})-[r]->(b)",
  "(a)-[r]->(b {v: 2.5})",
];
const TAILS = [
  "RETURN a.v, r.w, b.v",
  "RETURN count(*), count(r.w), sum(r.w), avg(r.w), min(r.w), max(r.w), collect(r.w)",
  "WHERE r.w > 1 RETURN count(*), sum(r.w)",
  "WHERE r.w >= 1 AND 2 > r.w RETURN a.v, r.w",
  "WHERE r.w = 2 OR r.w <> 1 RETURN r.w",
  "RETURN count(DISTINCT r.w), collect(DISTINCT r.w), avg(DISTINCT r.w)",
  "RETURN type(r) AS t, count(*) AS c, avg(r.w) AS m ORDER BY t",
  "WITH r.w AS w WHERE w IS NULL RETURN count(*)",
];

describe("relationship scan", () => {
  for (const p of PATTERNS) {
    it(`matches the general search for ${p}`, () => {
      for (const t of TAILS) {
        const tail = t.includes("b.v") && p.includes("(a)-[r]->(a)") ? t.replace(", b.v", "") : t;
        expect(viaScan(p, tail), `${p} ${tail}`).toEqual(viaSearch(p, tail));
      }
    });
  }

  it("keeps integer and float results apart, and nulls out of aggregates", () => {
    // w: 1, 2.0, 2, 1, -3 (plus a null and 1e300 filtered out): a float in the sum makes it FLOAT
    expect(e.run("MATCH ()-[r:T]->() WHERE r.w < 100 RETURN sum(r.w), min(r.w), count(r.w), count(*)").rows).toEqual([
      [3, -3n, 5n, 5n],
    ]);
    expect(e.run("MATCH ()-[r:T]->() WHERE r.w < 1.5 RETURN sum(r.w), avg(r.w)").rows).toEqual([[-1n, -1 / 3]]);
    expect(e.run("MATCH ()-[r:T]->() RETURN count(*), count(r.w)").rows).toEqual([[7n, 6n]]);
  });

  it("compares numeric properties with literals like the general comparison", () => {
    // `0 + 1` is not a literal, so it takes the general path
    for (const op of ["=", "<>", "<", ">", "<=", ">="]) {
      const fast = rows(e, `MATCH ()-[r]->() RETURN r.w ${op} 1 AS x, 2.0 ${op} r.w AS y`);
      const general = rows(e, `MATCH ()-[r]->() RETURN r.w ${op} (0 + 1) AS x, (0.0 + 2.0) ${op} r.w AS y`);
      expect(fast, op).toEqual(general);
    }
  });
});
