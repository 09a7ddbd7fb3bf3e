import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../helpers/server.ts";

let s: TestServer;
beforeAll(async () => void (s = await startTestServer()));
afterAll(async () => s.close());

const ids = (p: { nodes: { id: string }[] }) => p.nodes.map((n) => n.id);

describe("GET /api/routes", () => {
  it("finds routes to the EU that avoid Russian-controlled assets, ranked by bottleneck", async () => {
    const r = await s.get("/api/routes?from=kazakhstan&to=european-union");
    expect(r.status).toBe(200);
    const routes = r.json.routes;
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.every((x: { nodes: { id: string }[] }) => !ids(x).includes("novorossiysk-port"))).toBe(true);
    expect(ids(routes[0])).toContain("baku-tbilisi-ceyhan-pipeline");
    const amounts = routes.map((x: { bottleneck: { amount: number } | null }) => x.bottleneck?.amount ?? -1);
    expect(amounts).toEqual([...amounts].sort((a: number, b: number) => b - a));
  });

  it("reports the bottleneck edge with its volume and unit", async () => {
    const r = await s.get("/api/routes?from=kazakhstan&to=turkey");
    expect(r.json.routes[0].bottleneck).toEqual({
      edge: "btc-to-ceyhan",
      amount: 1.4,
      unit: "million tonnes",
      year: 2024,
      normalised: { value: 1_400_000, unit: "tonnes" },
    });
    expect(ids(r.json.routes[0]).at(-1)).toBe("turkey");
  });

  it("starts from a Kazakh oil field and reaches Ceyhan around Russia", async () => {
    const r = await s.get("/api/routes?from=tengiz-field&to=ceyhan-port");
    expect(ids(r.json.routes[0])).toEqual([
      "tengiz-field",
      "aktau-port",
      "baku-port",
      "baku-tbilisi-ceyhan-pipeline",
      "ceyhan-port",
    ]);
  });

  it("reaches China by the Kazakhstan–China pipeline", async () => {
    const r = await s.get("/api/routes?from=kazakhstan&to=china");
    expect(ids(r.json.routes[0])).toEqual(["kazakhstan", "kazakhstan-china-pipeline", "china"]);
  });

  it("explains an empty answer by the avoided nodes every path crosses", async () => {
    const r = await s.get("/api/routes?from=tengiz-field&to=black-sea");
    expect(r.json.routes).toEqual([]);
    expect(r.json.explanation.reason).toContain("russia-controlled");
    expect(r.json.explanation.blockedPaths[0].blockedBy.map((n: { id: string }) => n.id)).toEqual([
      "cpc-pipeline",
      "novorossiysk-port",
    ]);
  });

  it("explains when there is no flow path at all", async () => {
    const r = await s.get("/api/routes?from=kazakhstan&to=vladimir-putin");
    expect(r.json.routes).toEqual([]);
    expect(r.json.explanation.blockedPaths).toEqual([]);
  });

  it("explains that an avoided destination cannot be reached around itself", async () => {
    const r = await s.get("/api/routes?from=kazakhstan&to=novorossiysk-port");
    expect(r.json.routes).toEqual([]);
    expect(r.json.explanation.reason).toContain("novorossiysk-port");
  });

  it("avoids explicit ids instead of the default set", async () => {
    const r = await s.get("/api/routes?from=tengiz-field&to=black-sea&avoid=kazakhstan");
    expect(ids(r.json.routes[0])).toEqual(["tengiz-field", "cpc-pipeline", "novorossiysk-port", "black-sea"]);
  });

  it("without a destination, gives the best avoiding route to every destination reached", async () => {
    const r = await s.get("/api/routes?from=kazakhstan");
    expect(r.status).toBe(200);
    const ends = r.json.routes.map((x: { nodes: { id: string }[] }) => ids(x).at(-1));
    expect(ends).toEqual(expect.arrayContaining(["china", "european-union", "ceyhan-port", "trans-caspian-route"]));
    expect(ends).not.toContain("novorossiysk-port");
    expect(new Set(ends).size).toBe(ends.length);
  });

  it("returns 400 naming an unknown parameter and 404 for an unknown origin", async () => {
    const typo = await s.get("/api/routes?from=kazakhstan&too=china");
    expect(typo.status).toBe(400);
    expect(typo.json.error.details.issues[0].field).toBe("too");
    const unknown = await s.get("/api/routes?from=atlantis&to=china");
    expect(unknown.status).toBe(404);
  });
});
