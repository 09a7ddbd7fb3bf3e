import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../helpers/server.ts";

let s: TestServer;
beforeAll(async () => void (s = await startTestServer()));
afterAll(async () => s.close());

describe("GET /api/health", () => {
  it("reports ok and the store kind", async () => {
    const r = await s.get("/api/health");
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ status: "ok", store: "embedded" });
  });

  it("returns 400 naming an unexpected query parameter", async () => {
    const r = await s.get("/api/health?verbose=1");
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe("InvalidInput");
    expect(r.json.error.details.issues[0].field).toBe("verbose");
  });
});

describe("GET /api/meta", () => {
  it("gives counts by label and type, documents, the vocabulary and the year range", async () => {
    const r = await s.get("/api/meta");
    expect(r.status).toBe(200);
    expect(r.json.store).toBe("embedded");
    // 31 entities and 5 documents; 46 relations and 31 MENTIONS (one per entity's mentioning document).
    expect(r.json.counts).toMatchObject({ nodes: 36, relationships: 77 });
    expect(r.json.counts.byLabel.State).toBe(7);
    expect(r.json.counts.byLabel.Document).toBe(5);
    expect(r.json.counts.byType.MENTIONS).toBe(31);
    expect(r.json.counts.byType.DEPENDS_ON).toBe(6);
    expect(r.json.documents.map((d: { id: string }) => d.id)).toContain("senat-report");
    expect(r.json.relationTypes.find((t: { type: string }) => t.type === "DEPENDS_ON")).toMatchObject({
      family: "dependence",
    });
    expect(r.json.years).toEqual({ min: 2000, max: 2024 });
    expect(r.json.namedSets.map((x: { id: string }) => x.id)).toContain("russia-controlled");
    expect(r.json.entityLabel).toBe("Entity");
  });
});

describe("GET /api/graph", () => {
  it("returns every node and edge for the first draw", async () => {
    const r = await s.get("/api/graph");
    expect(r.status).toBe(200);
    expect(r.json.nodes).toHaveLength(36);
    expect(r.json.edges).toHaveLength(77);
    expect(r.json.edges[0]).toHaveProperty("source");
  });
});

describe("routing", () => {
  it("returns 404 UnknownRoute for an unknown API path", async () => {
    const r = await s.get("/api/nothing-here");
    expect(r.status).toBe(404);
    expect(r.json.error).toMatchObject({ code: "UnknownRoute", details: { path: "/api/nothing-here" } });
  });
});
