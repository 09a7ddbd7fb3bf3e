import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../helpers/server.ts";

let s: TestServer;
beforeAll(async () => void (s = await startTestServer()));
afterAll(async () => s.close());

const first = async (q: string) => (await s.get(`/api/search?q=${encodeURIComponent(q)}`)).json.hits[0];

describe("GET /api/search", () => {
  it("finds the CSTO by its French acronym OTSC", async () => {
    expect(await first("OTSC")).toMatchObject({ id: "csto", type: "Organisation" });
  });

  it("finds Tokayev from the French spelling Tokaiev, accents and case aside", async () => {
    expect((await first("tokaïev")).id).toBe("kassym-jomart-tokayev");
    expect((await first("TOKAIEV")).id).toBe("kassym-jomart-tokayev");
  });

  it("matches a prefix: novoross finds Novorossiysk", async () => {
    expect(await first("novoross")).toMatchObject({ id: "novorossiysk-port", type: "Infrastructure", subtype: "port" });
  });

  it("tolerates one typo", async () => {
    expect((await first("Novorosiysk")).id).toBe("novorossiysk-port");
    expect((await first("Kazakstan")).id).toBe("kazakhstan");
  });

  it("finds an entity by an acronym derived from its name", async () => {
    expect((await first("EAEU")).id).toBe("eurasian-economic-union");
  });

  it("filters by entity type and limits the hits", async () => {
    const r = await s.get("/api/search?q=port&types=Infrastructure&limit=2");
    expect(r.json.hits).toHaveLength(2);
    expect(r.json.hits.every((h: { type: string }) => h.type === "Infrastructure")).toBe(true);
  });

  it("returns 400 naming q when it is missing or empty", async () => {
    for (const path of ["/api/search", "/api/search?q=%20"]) {
      const r = await s.get(path);
      expect(r.status).toBe(400);
      expect(r.json.error.details.issues[0].field).toBe("q");
    }
  });

  it("returns 400 naming limit when it is out of range", async () => {
    const r = await s.get("/api/search?q=port&limit=1000");
    expect(r.status).toBe(400);
    expect(r.json.error.details.issues[0].field).toBe("limit");
  });
});
