import { describe, expect, it } from "vitest";
import { CypherEngine } from "../../../server/cypher/index.ts";
import { engineWith } from "./helpers.ts";

// `MATCH <rel scan> [WHERE] RETURN <aggregates only>` feeds the accumulators per relationship record
// (executor/agg-fold.ts). A no-op `WITH *` before the projection defeats the rule, so both queries
// must give the same raw values (bigint INTEGER vs number FLOAT kept apart) or the same error.
const setup = `
  CREATE (a:A {v: 1}), (b:B {v: 2.5}), (c {v: 'x'}), (d)
  CREATE (a)-[:T {w: 1}]->(b), (a)-[:T {w: 2.0}]->(c), (b)-[:T {w: 2}]->(a), (b)-[:U {w: 0.5}]->(b),
         (c)-[:T]->(d), (d)-[:U {w: null}]->(a), (a)-[:T {w: 1}]->(b), (c)-[:U {w: 'str'}]->(a),
         (d)-[:T {w: 1e300}]->(d), (b)-[:T {w: -3}]->(c), (a)-[:V {w: 4, k: [1, 2]}]->(d)
`;
const e = engineWith(setup);

// the bulk-loaded store keeps JS numbers (integral ones read as INTEGER) in relationship properties
const bulk = CypherEngine.fromRecords({
  nodes: [{ key: "a", labels: ["A"], properties: { v: 1 } }, { key: "b" }, { key: "c", properties: { v: 2.5 } }],
  relationships: [
    { key: "r1", type: "T", start: 0, end: 1, properties: { w: 1 } },
    { key: "r2", type: "T", start: 0, end: 2, properties: { w: 2.5 } },
    { key: "r3", type: "T", start: 1, end: 0, properties: { w: 3 } },
    { key: "r4", type: "U", start: 1, end: 1, properties: {} },
    { key: "r5", type: "T", start: 2, end: 0, properties: { w: 1 } },
    { key: "r6", type: "U", start: 2, end: 1, properties: { w: 2 } },
  ],
});

const outcome = (g: CypherEngine, q: string): unknown => {
  try {
    return { columns: g.run(q).columns, rows: g.run(q).rows };
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
};

const PATTERNS = [
  "()-[r]->()",
  "(a)-[r]->(b)",
  "(a)<-[r]-(b)",
  "(a)-[r]-(b)",
  "(a)-[r:T]->(b)",
  "()-[r:U]-()",
  "(a)-[r:T|U]-(b)",
  "(a)-[r]->(a)",
  "(a)-[r {w: 1}]->(b)",
  "(a {v: 1})-[r]->(b)",
  "(a)-[r]->(b:B)",
];
const WHERES = ["", "WHERE r.w > 1", "WHERE r.w IS NULL", "WHERE type(r) = 'T' AND r.w <= 2", "WHERE r.w = 'str'"];
const PROJECTIONS = [
  "RETURN count(*)",
  "RETURN avg(r.w), count(*)",
  "RETURN count(r.w), count(r), count(DISTINCT r.w), count(DISTINCT type(r))",
  "RETURN sum(r.w), min(r.w), max(r.w)",
  "RETURN avg(DISTINCT r.w), sum(DISTINCT r.w), collect(DISTINCT r.w) AS ws",
  "RETURN collect(r.w) AS ws, collect(type(r)) AS ts",
  "RETURN stDev(r.w), stDevP(r.w), percentileCont(r.w, 0.5), percentileDisc(r.w, 0.5)",
  "RETURN count(*) * 2 + 1 AS c, avg(r.w) / 2 AS h",
  "RETURN DISTINCT count(*) AS c ORDER BY c SKIP 0 LIMIT 1",
  "RETURN count(*) AS c LIMIT 0",
  "WITH count(*) AS c, sum(r.w) AS s WHERE c > 3 RETURN c, s",
  "WITH avg(r.w) AS m RETURN m",
  "RETURN max(r.k), min(r.k), count(r.k)",
];

/** The same query with the rule defeated: a `WITH *` between MATCH and the projection. */
const general = (pattern: string, where: string, proj: string) => `MATCH ${pattern} ${where} WITH * ${proj}`;
const fused = (pattern: string, where: string, proj: string) => `MATCH ${pattern} ${where} ${proj}`;

describe("aggregate fold over the relationship scan", () => {
  for (const [name, g] of [
    ["engine-written store", e],
    ["bulk-loaded store", bulk],
  ] as const) {
    for (const p of PATTERNS) {
      it(`matches the general path for ${p} (${name})`, () => {
        for (const w of WHERES)
          for (const proj of PROJECTIONS) {
            const q = fused(p, w, proj);
            expect(outcome(g, q), q).toEqual(outcome(g, general(p, w, proj)));
          }
      });
    }
  }

  it("keeps INTEGER and FLOAT results apart and skips nulls", () => {
    const r = e.run("MATCH ()-[r:T]->() WHERE r.w < 100 RETURN sum(r.w), avg(r.w), count(r.w), count(*), min(r.w)");
    // w: 1, 2.0, 2, 1, -3 (null w and 1e300 filtered out)
    expect(r.rows).toEqual([[3, 0.6, 5n, 5n, -3n]]);
    const ints = e.run("MATCH ()-[r]->() WHERE r.w IN [1, -3] RETURN sum(r.w), avg(r.w)");
    expect(ints.rows).toEqual([[-1n, -1 / 3]]);
    const b = bulk.run("MATCH ()-[r]->() RETURN sum(r.w), avg(r.w), count(r.w), count(*), count(DISTINCT r.w)");
    expect(b.rows).toEqual([[9.5, 1.9, 5n, 6n, 4n]]);
  });

  it("gives one row of empty aggregates when nothing matches", () => {
    const q = "MATCH ()-[r:NONE]->() RETURN count(*), avg(r.w), sum(r.w), collect(r.w) AS ws";
    expect(e.run(q).rows).toEqual([[0n, null, 0n, []]]);
  });

  it("raises the same errors as the general path", () => {
    const q = "MATCH ()-[r]->() RETURN sum(r.w)";
    expect(outcome(e, q)).toBe("TypeError.InvalidArgumentType");
    expect(outcome(e, "MATCH ()-[r]->() RETURN percentileCont(r.w, 2)")).toEqual(
      outcome(e, "MATCH ()-[r]->() WITH * RETURN percentileCont(r.w, 2)"),
    );
  });

  it("falls back for grouping keys, OPTIONAL MATCH, bound variables and variable length", () => {
    for (const q of [
      "MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t",
      "OPTIONAL MATCH ()-[r:NONE]->() RETURN count(*), count(r)",
      "MATCH (a:A) MATCH (a)-[r]->() RETURN count(*), avg(r.w)",
      "MATCH ()-[r*1..2]->() RETURN count(*)",
      "MATCH p = ()-[r]->() RETURN count(p)",
      "MATCH (x)-[r]->(y), (y)-[s]->(x) RETURN count(*)",
    ])
      expect(outcome(e, q), q).toEqual(outcome(e, q.replace(" RETURN", " WITH * RETURN")));
    expect(e.run("OPTIONAL MATCH ()-[r:NONE]->() RETURN count(*), count(r)").rows).toEqual([[1n, 0n]]);
  });

  it("sees relationships written earlier in the same engine", () => {
    const g = engineWith("CREATE (a)-[:T {w: 1}]->(b)");
    expect(g.run("MATCH ()-[r]->() RETURN count(*), sum(r.w)").rows).toEqual([[1n, 1n]]);
    g.run("MATCH (a)-[r]->(b) CREATE (b)-[:T {w: 2.5}]->(a)");
    expect(g.run("MATCH ()-[r]->() RETURN count(*), sum(r.w)").rows).toEqual([[2n, 3.5]]);
    g.run("MATCH ()-[r {w: 1}]->() DELETE r");
    expect(g.run("MATCH ()-[r]->() RETURN count(*), sum(r.w)").rows).toEqual([[1n, 2.5]]);
  });
});
