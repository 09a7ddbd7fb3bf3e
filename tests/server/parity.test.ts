// "The same request gives the same answer on both stores", checked over HTTP on the real
// knowledge base: one server on the embedded store, one on the Neo4j store over the real Neo4j
// (tests/helpers/neo4j.ts; its database is overwritten). Every request below must give the same
// JSON, apart from the store's name in health and meta.
import { afterAll, beforeAll, expect, it } from "vitest";
import { GRAPH_DATA_DIR, loadKnowledgeBase } from "../../graph-data/load.ts";
import { loadIntoNeo4j } from "../../server/store/neo4j/load.ts";
import { Neo4jStore } from "../../server/store/neo4j/store.ts";
import { describeNeo4j, emptyDatabase } from "../helpers/neo4j.ts";
import { startTestServer, type Reply, type TestServer } from "../helpers/server.ts";

const GETS = [
  "/api/graph",
  "/api/search?q=OTSC",
  "/api/search?q=Tokaiev",
  "/api/search?q=novoross",
  "/api/entities/kazakhstan",
  "/api/entities/novorossiysk-port",
  "/api/entities/csto",
  "/api/entities/atlantis",
  "/api/neighbourhood?ids=omsk-refinery,orenburg-refinery&depth=2",
  "/api/neighbourhood?ids=kazakhstan&depth=1&relTypes=DEPENDS_ON,SUPPLIES&from=2020&to=2025",
  "/api/paths?from=kazakhstan&to=black-sea&k=10",
  "/api/paths?from=kazakhstan&to=european-union&avoid=russia-controlled&maxHops=5",
  "/api/leverage",
  "/api/leverage?controller=china",
  "/api/routes?from=kazakhstan",
  "/api/routes?from=kazakhstan&to=black-sea",
  "/api/export?format=json&center=novorossiysk-port&depth=2",
  "/api/export?format=graphml&ids=kazakhstan,russia,csto",
  "/api/export?format=csv&query=sanctions-network",
  "/api/export?format=svg&center=csto",
];

const CYPHER = [
  "MATCH (k {id: 'kazakhstan'})-[r:DEPENDS_ON]->(x) RETURN x.name AS name, r.share AS share ORDER BY r.id",
  "MATCH p = (a {id: 'kazakhstan'})-[:EXPORTS_VIA]->()-[:LOCATED_IN]->(s) RETURN p, s.id AS state ORDER BY state",
  "MATCH (n:State) RETURN n.id AS id, size(n.aliases) AS aliases ORDER BY id LIMIT 5",
  "MATCH (a)-[r]->(b) WHERE r.conflictsWith IS NOT NULL RETURN r.id AS id, r.amount AS amount ORDER BY id",
  "MATCH (n {id: $id}) RETURN n",
  "MATCH (n) RETURN count(n) AS nodes",
  "MATCH (n RETURN n",
  // Neo4j's lexer reports this one as a database error: still the client's syntax error, a 400.
  "/* MATCH",
];

/**
 * The answer minus what legitimately differs: the store's name, and for errors the wording and
 * the store's own status code (Neo4j's `Neo.ClientError…` beside the engine's), not the class.
 */
function comparable(r: Reply): unknown {
  if (!r.json) return { status: r.status, text: r.text };
  if (r.status >= 400) return { status: r.status, code: r.json.error.code };
  const { store: _store, ...rest } = r.json as Record<string, unknown>;
  return { status: r.status, body: rest };
}

describeNeo4j("same answers from the embedded and the Neo4j store", (db) => {
  let embedded: TestServer;
  let viaNeo4j: TestServer;
  beforeAll(async () => {
    const kb = loadKnowledgeBase(GRAPH_DATA_DIR);
    const driver = db.driver();
    await emptyDatabase(driver, db.database);
    await loadIntoNeo4j(driver, kb, db.database);
    const store = new Neo4jStore(driver, kb.documents, db.database);
    await store.refreshEndpoints();
    embedded = await startTestServer({ kbDir: GRAPH_DATA_DIR });
    viaNeo4j = await startTestServer({ kbDir: GRAPH_DATA_DIR, store });
  }, 120_000);
  afterAll(async () => {
    await embedded?.close();
    await viaNeo4j?.close();
  });

  it.each(GETS)("GET %s", async (path) => {
    const [a, b] = await Promise.all([embedded.get(path), viaNeo4j.get(path)]);
    expect(a.status, path).toBeLessThan(500);
    expect(comparable(b)).toEqual(comparable(a));
  });

  it.each(CYPHER)("POST /api/cypher %s", async (query) => {
    const body = { query, params: { id: "novorossiysk-port" } };
    const [a, b] = await Promise.all([embedded.post("/api/cypher", body), viaNeo4j.post("/api/cypher", body)]);
    expect(comparable(b)).toEqual(comparable(a));
  });

  it("runs every saved query alike", async () => {
    const list = (await embedded.get("/api/queries")).json.queries as { id: string }[];
    expect(list.length).toBeGreaterThanOrEqual(8);
    for (const { id } of list) {
      const [a, b] = await Promise.all([
        embedded.post(`/api/queries/${id}`, { params: {} }),
        viaNeo4j.post(`/api/queries/${id}`, { params: {} }),
      ]);
      expect(a.status, id).toBe(200);
      expect.soft(comparable(b), id).toEqual(comparable(a));
    }
  });

  it("reports its own store in health and meta, with the same counts", async () => {
    const [a, b] = await Promise.all([embedded.get("/api/meta"), viaNeo4j.get("/api/meta")]);
    expect([a.json.store, b.json.store]).toEqual(["embedded", "neo4j"]);
    expect(b.json.counts).toEqual(a.json.counts);
  });
});
