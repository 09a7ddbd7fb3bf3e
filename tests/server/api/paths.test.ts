import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../helpers/server.ts";

let s: TestServer;
beforeAll(async () => void (s = await startTestServer()));
afterAll(async () => s.close());

const route = (p: { nodes: { id: string }[] }) => p.nodes.map((n) => n.id).join(">");

describe("GET /api/paths", () => {
  it("returns up to k simple paths ranked by length, each hop with evidence", async () => {
    const r = await s.get("/api/paths?from=tengiz-field&to=black-sea&k=3&maxHops=4");
    expect(r.status).toBe(200);
    expect(route(r.json.paths[0])).toBe("tengiz-field>cpc-pipeline>novorossiysk-port>black-sea");
    const lengths = r.json.paths.map((p: { length: number }) => p.length);
    expect(lengths).toEqual([...lengths].sort());
    expect(r.json.paths[0].hops[0].evidence[0].document).toBe("wiki-relations");
    expect(r.json.documents["wiki-relations"]).toMatchObject({ title: expect.any(String) });
  });

  it("avoids named sets: russia-controlled leaves no path from Tengiz to the Black Sea", async () => {
    const r = await s.get("/api/paths?from=tengiz-field&to=black-sea&maxHops=4&avoid=russia-controlled");
    expect(r.json.paths).toEqual([]);
    expect(r.json.avoided[0].members).toContain("novorossiysk-port");
  });

  it("restricts hops to the given relationship types", async () => {
    const r = await s.get("/api/paths?from=kazakhstan&to=russia&relTypes=MEMBER_OF,LEADS&maxHops=2");
    expect(r.json.paths.map(route)).toEqual(["kazakhstan>csto>russia"]);
  });

  it("returns 400 for an unknown avoid token, identical endpoints or a bad k", async () => {
    const bad = await s.get("/api/paths?from=kazakhstan&to=russia&avoid=martians");
    expect(bad.json.error.details.issues[0].field).toBe("avoid");
    const same = await s.get("/api/paths?from=kazakhstan&to=kazakhstan");
    expect(same.json.error.details.issues[0].field).toBe("to");
    const k = await s.get("/api/paths?from=kazakhstan&to=russia&k=0");
    expect([bad.status, same.status, k.status]).toEqual([400, 400, 400]);
    expect(k.json.error.details.issues[0].field).toBe("k");
  });

  it("returns 404 naming an unknown endpoint", async () => {
    const r = await s.get("/api/paths?from=kazakhstan&to=atlantis");
    expect(r.status).toBe(404);
    expect(r.json.error.details.field).toBe("to");
  });
});
