import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../helpers/server.ts";

let s: TestServer;
beforeAll(async () => void (s = await startTestServer({ env: { RATE_LIMIT_MAX: "1000" } })));
afterAll(async () => s.close());

describe("GET /api/queries", () => {
  it("lists the saved queries with their parameter schemas and Cypher", async () => {
    const r = await s.get("/api/queries");
    expect(r.status).toBe(200);
    const leverage = r.json.queries.find((q: { id: string }) => q.id === "leverage-over-kazakhstan");
    expect(leverage.title).toBeTruthy();
    expect(leverage.parameters.properties.controller).toMatchObject({ type: "string", default: "russia" });
    expect(leverage.cypher).toContain("DEPENDS_ON");
    expect(r.json.queries.length).toBeGreaterThanOrEqual(6);
  });
});

describe("POST /api/queries/:id", () => {
  it("runs every saved query with its defaults", async () => {
    const list = (await s.get("/api/queries")).json.queries as { id: string }[];
    for (const { id } of list) {
      const r = await s.post(`/api/queries/${id}`, {});
      expect(r.status, id).toBe(200);
      expect(Array.isArray(r.json.rows), id).toBe(true);
    }
  });

  it("runs a query with parameters and an empty body alike", async () => {
    const r = await s.post("/api/queries/sanctions-network", { params: { locatedIn: null } });
    expect(r.json.rows[0]).toEqual(expect.arrayContaining(["United States", "Tabys Trade LLP"]));
    const empty = await fetch(`${s.url}/api/queries/leverage-over-kazakhstan`, { method: "POST" });
    expect(empty.status).toBe(200);
  });

  it("answers the leverage query with the known shares first", async () => {
    const r = await s.post("/api/queries/leverage-over-kazakhstan", { params: { dependent: "kazakhstan" } });
    const share = r.json.columns.indexOf("share");
    expect(r.json.rows[0][share]).toBe(0.98);
  });

  it("returns 400 naming a parameter the query does not take", async () => {
    const r = await s.post("/api/queries/conflicting-claims", { params: { bogus: 1 } });
    expect(r.status).toBe(400);
    expect(r.json.error.details.issues[0].field).toBe("bogus");
  });

  it("returns 404 for an unknown saved query", async () => {
    const r = await s.post("/api/queries/no-such-query", {});
    expect(r.status).toBe(404);
    expect(r.json.error.code).toBe("NotFound");
  });
});

describe("the single-source saved query", () => {
  it("lists relationships whose quotes all come from one document, for one document when asked", async () => {
    const all = await s.post("/api/queries/single-source-facts", {});
    expect(all.status).toBe(200);
    const doc = all.json.columns.indexOf("document");
    expect(all.json.rows.length).toBeGreaterThan(0);
    const one = await s.post("/api/queries/single-source-facts", { params: { document: "senat-report" } });
    expect(one.json.rows.length).toBeGreaterThan(0);
    expect(one.json.rows.length).toBeLessThan(all.json.rows.length);
    expect(one.json.rows.every((row: unknown[]) => row[doc] === "senat-report")).toBe(true);
  });
});
