// Analyst scenarios on the real knowledge base (graph-data/), from the seed documents: where
// Russia holds leverage over Kazakhstan, which routes avoid it, who is sanctioned.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GRAPH_DATA_DIR } from "../../../graph-data/load.ts";
import { startTestServer, type TestServer } from "../../helpers/server.ts";

interface Ref {
  id: string;
}
interface LeveragePath {
  kind: string;
  score: number | null;
  nodes: Ref[];
  hops: {
    type: string;
    figures: { sector?: string; share?: number };
    evidence: { quote: string; document: { id: string; title: string } }[];
  }[];
  factors: { edge: string; share: number | null; evidence: { quote: string }[] }[];
}

let s: TestServer;
let leverage: LeveragePath[];
beforeAll(async () => {
  s = await startTestServer({ kbDir: GRAPH_DATA_DIR, env: { RATE_LIMIT_MAX: "1000" } });
  leverage = (await s.get("/api/leverage?controller=russia&dependent=kazakhstan&limit=500")).json.paths;
});
afterAll(async () => s.close());

const through = (id: string) => leverage.filter((p) => p.nodes.some((n) => n.id === id));

describe("Russia's leverage over Kazakhstan", () => {
  it("includes oil exports through Novorossiysk at 80%, quoted", () => {
    const port = through("novorossiysk-port").find((p) => p.score === 0.8)!;
    expect(port).toBeDefined();
    expect(port.nodes.at(-1)!.id).toBe("russia");
    expect(port.factors[0]!.evidence[0]!.quote).toMatch(/80\s?%/);
  });

  it("includes the pipelines across Russian territory at 98%, ranked first among oil paths", () => {
    const pipes = through("russian-oil-export-pipelines").find((p) => p.score === 0.98)!;
    expect(pipes.factors[0]!.evidence[0]!.quote).toContain("98 %");
    const oil = leverage.filter((p) => p.hops[0]!.figures.sector === "oil-exports" && p.score !== null);
    expect(oil[0]).toBe(pipes);
  });

  it("includes the Omsk and Orenburg refineries, their unknown share left unknown", () => {
    for (const refinery of ["omsk-refinery", "orenburg-refinery"]) {
      const dep = through(refinery).find((p) => p.kind === "dependence")!;
      expect(dep.hops[0]!.figures.sector).toBe("refining");
      expect(dep.score).toBeNull();
    }
  });

  it("includes the CSTO intervention of January 2022", () => {
    const csto = leverage.filter(
      (p) => p.kind === "intervention" && p.nodes.some((n) => n.id === "january-2022-unrest"),
    );
    expect(csto.some((p) => p.nodes.some((n) => n.id === "csto"))).toBe(true);
    expect(leverage.some((p) => p.kind === "membership" && p.nodes[1]!.id === "csto")).toBe(true);
  });

  it("includes arms dependence on Russia with its documented share", () => {
    const arms = leverage.find((p) => p.hops[0]!.figures.sector === "arms")!;
    expect(arms.nodes.map((n) => n.id)).toEqual(["kazakhstan", "russia"]);
    expect(arms.score).toBe(0.9);
  });
});

describe("routes that avoid Russia", () => {
  it("include the Baku–Tbilisi–Ceyhan pipeline with its 1.4 Mt of 2024", async () => {
    const r = await s.get("/api/routes?from=kazakhstan");
    const btc = r.json.routes.find((x: { nodes: Ref[] }) =>
      x.nodes.some((n) => n.id === "baku-tbilisi-ceyhan-pipeline"),
    );
    expect(btc.bottleneck).toMatchObject({ amount: 1.4, unit: "million tonnes", year: 2024 });
  });

  it("include the Trans-Caspian / Middle Corridor", async () => {
    const r = await s.get("/api/routes?from=kazakhstan");
    expect(r.json.routes.some((x: { nodes: Ref[] }) => x.nodes.some((n) => n.id === "middle-corridor"))).toBe(true);
  });

  it("never cross Novorossiysk, and the Black Sea is reachable only through it", async () => {
    const out = await s.get("/api/routes?from=kazakhstan");
    expect(out.json.routes.every((x: { nodes: Ref[] }) => x.nodes.every((n) => n.id !== "novorossiysk-port"))).toBe(
      true,
    );
    const sea = await s.get("/api/routes?from=kazakhstan&to=black-sea");
    expect(sea.json.routes).toEqual([]);
    expect(sea.json.explanation.blockedPaths[0].blockedBy.map((n: Ref) => n.id)).toContain("novorossiysk-port");
  });
});

describe("sanctions", () => {
  it("finds the sanctioned Kazakh companies with their sanctioning state", async () => {
    const r = await s.post("/api/queries/sanctions-network", { params: { locatedIn: "kazakhstan" } });
    const [sanctioning, target] = [r.json.columns.indexOf("sanctioning"), r.json.columns.indexOf("target")];
    const pairs = r.json.rows.map((row: string[]) => `${row[sanctioning]} → ${row[target]}`);
    expect(pairs).toEqual(expect.arrayContaining(["United States → Kazstanex", "United States → KBR-Technology"]));
  });

  it("shows the sanction on the company's entity page with its evidence", async () => {
    const r = await s.get("/api/entities/kazstanex");
    const sanction = r.json.relationships.SANCTIONED[0];
    expect(sanction).toMatchObject({ direction: "in", other: { id: "united-states" } });
    expect(sanction.evidence[0].quote).toContain("Kazstanex");
    expect(r.json.documents[sanction.evidence[0].document]).toMatchObject({ title: expect.any(String) });
  });
});

describe("search on the real names", () => {
  it.each([
    ["OTSC", "csto"],
    ["Tokaiev", "kassym-jomart-tokayev"],
    ["novoross", "novorossiysk-port"],
  ])("%s finds %s first", async (q, id) => {
    const r = await s.get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(r.json.hits[0].id).toBe(id);
  });
});
