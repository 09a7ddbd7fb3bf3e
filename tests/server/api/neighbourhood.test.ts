import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../helpers/server.ts";

let s: TestServer;
beforeAll(async () => void (s = await startTestServer()));
afterAll(async () => s.close());

const nodeIds = (r: { json: { nodes: { id: string }[] } }) => r.json.nodes.map((n) => n.id);

describe("GET /api/neighbourhood", () => {
  it("returns the subgraph within depth hops of several entities", async () => {
    const r = await s.get("/api/neighbourhood?ids=omsk-refinery,orenburg-refinery&depth=1");
    expect(r.status).toBe(200);
    expect(nodeIds(r)).toEqual(["gazprom-neft", "kazakhstan", "omsk-refinery", "orenburg-refinery", "russia"]);
  });

  it("grows with depth and accepts repeated ids parameters", async () => {
    const one = await s.get("/api/neighbourhood?ids=csto&depth=1");
    const two = await s.get("/api/neighbourhood?ids=csto&ids=csto&depth=2");
    expect(nodeIds(two).length).toBeGreaterThan(nodeIds(one).length);
  });

  it("filters by entity type, relationship type and year range", async () => {
    const r = await s.get(
      "/api/neighbourhood?ids=kazakhstan&depth=1&types=Infrastructure&relTypes=EXPORTS_VIA&from=2024&to=2024",
    );
    expect(nodeIds(r)).toEqual(["aktau-port", "kazakhstan", "trans-caspian-route"]);
    expect(r.json.edges.every((e: { type: string }) => e.type === "EXPORTS_VIA")).toBe(true);
  });

  it("returns 400 naming depth above 3 and an unknown relationship type", async () => {
    const deep = await s.get("/api/neighbourhood?ids=kazakhstan&depth=4");
    expect(deep.status).toBe(400);
    expect(deep.json.error.details.issues[0].field).toBe("depth");
    const rel = await s.get("/api/neighbourhood?ids=kazakhstan&relTypes=LOVES");
    expect(rel.status).toBe(400);
    expect(rel.json.error.details.issues[0].field).toMatch(/^relTypes/);
  });

  it("returns 400 when the year range is inverted", async () => {
    const r = await s.get("/api/neighbourhood?ids=kazakhstan&from=2024&to=2020");
    expect(r.status).toBe(400);
    expect(r.json.error.details.issues[0].field).toBe("to");
  });

  it("returns 404 naming an unknown id", async () => {
    const r = await s.get("/api/neighbourhood?ids=kazakhstan,atlantis");
    expect(r.status).toBe(404);
    expect(r.json.error).toMatchObject({ code: "NotFound", details: { field: "ids", entity: "atlantis" } });
  });
});
