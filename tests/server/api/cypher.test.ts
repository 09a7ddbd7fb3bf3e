import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../helpers/server.ts";

let s: TestServer;
beforeAll(async () => void (s = await startTestServer({ env: { RATE_LIMIT_MAX: "1000" } })));
afterAll(async () => s.close());

describe("POST /api/cypher", () => {
  it("returns columns, rows and the nodes and relationships found in them", async () => {
    const r = await s.post("/api/cypher", {
      query: "MATCH (k {id: $id})-[r:DEPENDS_ON]->(x) RETURN x.name AS name, r.share AS share, r ORDER BY r.id",
      params: { id: "kazakhstan" },
    });
    expect(r.status).toBe(200);
    expect(r.json.columns).toEqual(["name", "share", "r"]);
    expect(r.json.rows).toHaveLength(6);
    expect(r.json.graph.edges).toHaveLength(6);
    // Relationship endpoints are added to the drawing even when the query did not return them.
    expect(r.json.graph.nodes.map((n: { id: string }) => n.id)).toContain("kazakhstan");
  });

  it("returns integers as JSON numbers", async () => {
    const r = await s.post("/api/cypher", { query: "MATCH (n:State) RETURN count(n) AS states" });
    expect(r.json.rows).toEqual([[7]]);
  });

  it("returns 400 CypherError with the line and column of a syntax error", async () => {
    const r = await s.post("/api/cypher", { query: "MATCH (n)\nRETURN n ORDER" });
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe("CypherError");
    expect(r.json.error.details.position).toMatchObject({ line: 2 });
  });

  it("returns 403 ReadOnly for an updating query", async () => {
    const r = await s.post("/api/cypher", { query: "MATCH (n {id: 'russia'}) SET n.name = 'x' RETURN n" });
    expect(r.status).toBe(403);
    expect(r.json.error.code).toBe("ReadOnly");
    const still = await s.post("/api/cypher", { query: "MATCH (n {id: 'russia'}) RETURN n.name AS name" });
    expect(still.json.rows).toEqual([["Russia"]]);
  });

  it("returns 400 naming query when it is missing or not a string", async () => {
    for (const body of [{}, { query: 42 }, { query: "RETURN 1", extra: true }]) {
      const r = await s.post("/api/cypher", body);
      expect(r.status).toBe(400);
      expect(["query", "extra"]).toContain(r.json.error.details.issues[0].field);
    }
  });

  it("returns 400 MalformedJson for a body that does not parse", async () => {
    const r = await s.post("/api/cypher", '{"query": "RETURN 1"');
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe("MalformedJson");
  });

  it("returns 415 for a body that is not JSON", async () => {
    const r = await s.post("/api/cypher", "query=RETURN 1", { "content-type": "application/x-www-form-urlencoded" });
    expect(r.status).toBe(415);
    expect(r.json.error.code).toBe("UnsupportedMediaType");
  });

  it("returns 413 for an oversized body", async () => {
    const r = await s.post("/api/cypher", { query: `RETURN '${"x".repeat(100_000)}'` });
    expect(r.status).toBe(413);
    expect(r.json.error.code).toBe("PayloadTooLarge");
  });

  it("returns 404 for GET on the POST-only endpoint", async () => {
    const r = await s.get("/api/cypher");
    expect(r.status).toBe(404);
  });
});

describe("Cypher limits", () => {
  it("returns 422 RowLimitExceeded past CYPHER_MAX_ROWS", async () => {
    const small = await startTestServer({ env: { CYPHER_MAX_ROWS: "5" } });
    const r = await small.post("/api/cypher", { query: "MATCH (n) RETURN n.id" });
    await small.close();
    expect(r.status).toBe(422);
    expect(r.json.error.code).toBe("RowLimitExceeded");
  });

  it("returns 408 QueryTimeout past CYPHER_TIMEOUT_MS", async () => {
    const quick = await startTestServer({ env: { CYPHER_TIMEOUT_MS: "10", CYPHER_MAX_ROWS: "10000000" } });
    const r = await quick.post("/api/cypher", { query: "MATCH (a), (b), (c), (d) RETURN count(*) AS n" });
    await quick.close();
    expect(r.status).toBe(408);
    expect(r.json.error.code).toBe("QueryTimeout");
  });

  it("returns 429 RateLimited past RATE_LIMIT_MAX requests in the window", async () => {
    const limited = await startTestServer({ env: { RATE_LIMIT_MAX: "2" } });
    const codes: number[] = [];
    for (let i = 0; i < 3; i++) codes.push((await limited.post("/api/cypher", { query: "RETURN 1 AS one" })).status);
    const last = await limited.post("/api/cypher", { query: "RETURN 1 AS one" });
    await limited.close();
    expect(codes).toEqual([200, 200, 429]);
    expect(last.json.error.code).toBe("RateLimited");
  });
});
