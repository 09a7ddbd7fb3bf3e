// Property-based checks (fast-check) of the rule that bad input never yields a 5xx: random query
// strings on every GET endpoint, random path ids, random Cypher token soups and random JSON bodies
// on the POST endpoints, against both stores. Every answer is below 500, and every 4xx is in the
// one error shape.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../../graph-data/load.ts";
import { loadIntoNeo4j } from "../../../server/store/neo4j/load.ts";
import { Neo4jStore } from "../../../server/store/neo4j/store.ts";
import { emptyDatabase, testNeo4j } from "../../helpers/neo4j.ts";
import { FIXTURE_KB, startTestServer, type Reply, type TestServer } from "../../helpers/server.ts";

// Both stores: the embedded one, and the Neo4j store on the real Neo4j (its own error mapping and
// conversions are on the path; without NEO4J_URI, outside CI, the embedded store alone). A short Cypher time limit keeps runaway generated
// queries quick; the limiter would refuse most runs.
const ENV = { CYPHER_TIMEOUT_MS: "300", RATE_LIMIT_MAX: "1000000" };
const db = testNeo4j("fuzz properties on the Neo4j store");
const servers: Record<string, TestServer> = {};
beforeAll(async () => {
  servers.embedded = await startTestServer({ env: ENV });
  const kb = loadKnowledgeBase(FIXTURE_KB);
  if (!db) {
    if (process.env.CI === "true") throw new Error("NEO4J_URI is not set under CI=true: the fuzz tests need Neo4j");
    return;
  }
  const driver = db.driver();
  await emptyDatabase(driver, db.database);
  await loadIntoNeo4j(driver, kb, db.database);
  const store = new Neo4jStore(driver, kb.documents, db.database);
  await store.refreshEndpoints();
  servers.neo4j = await startTestServer({ env: ENV, store });
}, 60_000);
afterAll(async () => Promise.all(Object.values(servers).map((x) => x.close())));

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
// CI replays one fixed seed so a landing never hinges on luck; elsewhere each run explores anew
// (FUZZ_SEED replays a failure fast-check reported).
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.CI === "true" ? 20261123 : undefined;
fc.configureGlobal({ ...(seed === undefined ? {} : { seed }) });

function expectClientAnswer(r: Reply, what: string): void {
  expect(r.status, what).toBeLessThan(500);
  if (r.status >= 400) {
    expect(r.json?.error?.code, what).toBeTypeOf("string");
    expect(r.json?.error?.message, what).toBeTypeOf("string");
  }
}

const ids = ["kazakhstan", "russia", "novorossiysk-port", "black-sea", "tengiz-field", "cpc-pipeline", "atlantis"];
const noise = fc.oneof(
  fc.constantFrom("", "0", "-1", "1e9", "NaN", "true", "null", "[]", "%", "%00", "russia-controlled"),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.double().map(String),
);
const id = fc.constantFrom(...ids);
const idList = fc
  .array(fc.constantFrom(...ids, "russia-controlled"), { minLength: 1, maxLength: 4 })
  .map((x) => x.join(","));
// In range mostly; one step outside now and then.
const int = (min: number, max: number) =>
  fc
    .oneof(
      { weight: 8, arbitrary: fc.integer({ min, max }) },
      { weight: 1, arbitrary: fc.constantFrom(min - 1, max + 1) },
    )
    .map(String);
const year = fc.integer({ min: 1900, max: 2060 }).map(String);
const listOf = (values: string[]) =>
  fc.array(fc.constantFrom(...values), { minLength: 1, maxLength: 3 }).map((x) => x.join(","));
const entityTypes = listOf(["State", "Company", "Infrastructure", "Organisation", "Place"]);
const relTypes = listOf(["DEPENDS_ON", "LOCATED_IN", "EXPORTS_VIA", "CONTROLS", "MEMBER_OF"]);

/** Each endpoint's keys with plausible values, so requests get past the schemas into the analyses. */
const ENDPOINTS: Record<string, Record<string, fc.Arbitrary<string>>> = {
  "/api/health": {},
  "/api/meta": {},
  "/api/graph": {},
  "/api/queries": {},
  "/api/search": {
    q: fc.constantFrom("novoross", "OTSC", "Tokaiev", "kaz", "é", "pipeline"),
    limit: int(1, 100),
    types: entityTypes,
  },
  "/api/neighbourhood": { ids: idList, depth: int(1, 3), types: entityTypes, relTypes, from: year, to: year },
  "/api/paths": { from: id, to: id, maxHops: int(1, 6), k: int(1, 50), avoid: idList, relTypes },
  "/api/leverage": { controller: id, dependent: id, limit: int(1, 500) },
  "/api/routes": { from: id, to: id, avoid: idList, maxHops: int(1, 8), limit: int(1, 100) },
  "/api/export": {
    format: fc.constantFrom("json", "graphml", "gexf", "csv", "svg", "pdf"),
    part: fc.constantFrom("nodes", "edges", "both"),
    depth: int(1, 3),
    locatedIn: id,
  },
};

/** Keys an endpoint needs one of (export: exactly one selection), always given. */
const REQUIRED: Record<string, fc.Arbitrary<[string, string]>> = {
  "/api/export": fc.oneof(
    fc.tuple(fc.constant("ids"), idList),
    fc.tuple(fc.constant("center"), id),
    fc.tuple(fc.constant("query"), fc.constantFrom("sanctions-network", "conflicting-claims", "nope")),
  ),
};

/**
 * A query string: some of the endpoint's keys with plausible values, now and then a noisy value,
 * a repeated key or a stray key.
 */
const queryString = (keys: Record<string, fc.Arbitrary<string>>, required?: fc.Arbitrary<[string, string]>) => {
  const pair = (k: string, v: fc.Arbitrary<string>) =>
    fc.tuple(fc.constant(k), fc.oneof({ weight: 14, arbitrary: v }, { weight: 1, arbitrary: noise }));
  // Each key is present two times in three (fc.option gives null once in `freq`).
  const own = Object.entries(keys).map(([k, v]) => fc.option(pair(k, v), { freq: 3 }));
  const strayKey = fc.oneof(fc.constantFrom("x", ...Object.keys(keys)), fc.string({ maxLength: 8 }));
  const stray = fc.oneof(
    { weight: 5, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.tuple(strayKey, noise) },
  );
  return fc
    .tuple(fc.tuple(...own), stray, required ?? fc.constant(null))
    .map(([pairs, extra, needed]) =>
      new URLSearchParams([needed, ...pairs, extra].filter((p) => p !== null) as [string, string][]).toString(),
    );
};

describe.each(db || process.env.CI === "true" ? ["embedded", "neo4j"] : ["embedded"])(
  "no 5xx for anything a client can send (%s store)",
  (kind) => {
    const s = {
      get: (...a: Parameters<TestServer["get"]>) => servers[kind]!.get(...a),
      post: (...a: Parameters<TestServer["post"]>) => servers[kind]!.post(...a),
    };
    it.each(Object.entries(ENDPOINTS))("GET %s with random query strings", async (path, keys) => {
      await fc.assert(
        fc.asyncProperty(queryString(keys, REQUIRED[path]), async (qs) => {
          expectClientAnswer(await s.get(`${path}?${qs}`), `${path}?${qs}`);
        }),
        { numRuns: RUNS },
      );
    });

    it("GET /api/entities/:id with random ids", async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(id, noise, fc.string({ maxLength: 300 })), async (entity) => {
          const path = `/api/entities/${encodeURIComponent(entity) || "%20"}`;
          expectClientAnswer(await s.get(path), path);
        }),
        { numRuns: RUNS },
      );
    });

    const TOKENS = [
      "MATCH",
      "OPTIONAL MATCH",
      "(n)",
      "(n:State)",
      "(m {id: $id})",
      "-[r]->",
      "<-[:DEPENDS_ON*1..3]-",
      "-->",
      "WHERE",
      "n.id",
      "=",
      "<>",
      "AND",
      "RETURN",
      "n",
      "r",
      "count(*)",
      "collect(n)",
      "AS",
      "x",
      "WITH",
      "ORDER BY",
      "LIMIT",
      "SKIP",
      "-1",
      "0",
      "1e9",
      "'a'",
      '"b"',
      "{",
      "}",
      "[",
      "]",
      "(",
      ")",
      ",",
      ".",
      ":",
      "$id",
      "$nope",
      "UNWIND",
      "range(1, 100000000)",
      "CREATE",
      "DELETE",
      "SET n.x = 1",
      "MERGE",
      "CALL",
      "db.labels()",
      "YIELD",
      "shortestPath((a)-[*]-(b))",
      "toInteger('x')",
      "1/0",
      "null",
      "CASE",
      "WHEN",
      "THEN",
      "ELSE",
      "END",
      "UNION",
      "EXISTS {",
      "reduce(s = 0, x IN [1] | s + x)",
      "`weird name`",
      "/*",
      "*/",
      "//",
      "\\u0000",
    ];
    // Well-formed reads from a small grammar reach the engine's planner and functions; token soup
    // and raw strings test the parser's error paths.
    const label = fc.constantFrom("", ":State", ":Company", ":Infrastructure", ":Nope");
    const rel = fc.constantFrom("-[r]->", "<-[r]-", "-[r:DEPENDS_ON]->", "-[r*1..3]-", "-[r:LOCATED_IN|CONTROLS]->");
    const where = fc.constantFrom(
      "",
      "WHERE n.id = $id",
      "WHERE r.share > 0.5",
      "WHERE n.name STARTS WITH 'K'",
      "WHERE m.x IS NULL",
    );
    const ret = fc.constantFrom(
      "n, r, m",
      "count(*)",
      "n.name, collect(m.id)",
      "avg(r.share)",
      "m ORDER BY m.id",
      "nodes(p)",
      "toInteger(n.name)",
    );
    const limit = fc.constantFrom("", "LIMIT 5", "SKIP 2 LIMIT 3", "LIMIT -1", "LIMIT $id");
    const wellFormed = fc
      .tuple(label, rel, label, where, ret, limit)
      .map(([a, r, b, w, x, l]) => `MATCH p = (n${a})${r}(m${b}) ${w} RETURN ${x} ${l}`);
    const cypher = fc.oneof(
      { weight: 3, arbitrary: wellFormed },
      {
        weight: 2,
        arbitrary: fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 14 }).map((t) => t.join(" ")),
      },
      { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
    );
    const params = fc.oneof(
      fc.constant(undefined),
      fc.record({ id: fc.oneof(id, fc.integer(), fc.constant(null)) }),
      fc.dictionary(fc.constantFrom("id", "nope", "x", ""), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
      fc.jsonValue({ maxDepth: 2 }),
    );

    it("POST /api/cypher with random queries and parameters", async () => {
      await fc.assert(
        fc.asyncProperty(cypher, params, async (query, p) => {
          const body = p === undefined ? { query } : { query, params: p };
          expectClientAnswer(await s.post("/api/cypher", body), JSON.stringify(body));
        }),
        { numRuns: RUNS * 3 },
      );
    });

    it("POST /api/cypher and /api/queries/:id with random JSON bodies", async () => {
      const target = fc.constantFrom("/api/cypher", "/api/queries/sanctions-network", "/api/queries/nope");
      await fc.assert(
        fc.asyncProperty(target, fc.jsonValue({ maxDepth: 3 }), async (path, body) => {
          expectClientAnswer(await s.post(path, body), `${path} ${JSON.stringify(body)}`);
        }),
        { numRuns: RUNS },
      );
    });
  },
);
