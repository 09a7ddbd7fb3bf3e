import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../helpers/server.ts";

let s: TestServer;
beforeAll(async () => void (s = await startTestServer()));
afterAll(async () => s.close());

interface LeveragePath {
  kind: string;
  score: number | null;
  knownProduct: number;
  nodes: { id: string }[];
  factors: { edge: string; share: number | null; evidence: { quote: string }[] }[];
}

describe("GET /api/leverage", () => {
  it("defaults to Russia over Kazakhstan and ranks known scores first, highest first", async () => {
    const r = await s.get("/api/leverage");
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ controller: "russia", dependent: "kazakhstan" });
    const paths: LeveragePath[] = r.json.paths;
    expect(paths[0]!.score).toBe(0.98);
    const scores = paths.map((p) => p.score);
    const known = scores.filter((x) => x !== null) as number[];
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(scores.slice(known.length).every((x) => x === null)).toBe(true);
  });

  it("gives every factor of a score with its edge, share and quote", async () => {
    const paths: LeveragePath[] = (await s.get("/api/leverage")).json.paths;
    const port = paths.find((p) => p.factors[0]?.edge === "kz-depends-novorossiysk-80")!;
    expect(port.nodes.map((n) => n.id)).toEqual(["kazakhstan", "novorossiysk-port", "russia"]);
    expect(port.factors).toHaveLength(1);
    expect(port.factors[0]!.share).toBe(0.8);
    expect(port.factors[0]!.evidence[0]!.quote).toContain("80%");
  });

  it("leaves a score unknown when a dependence hop has no share", async () => {
    const paths: LeveragePath[] = (await s.get("/api/leverage")).json.paths;
    const omsk = paths.find((p) => p.nodes[1]?.id === "omsk-refinery")!;
    expect(omsk.score).toBeNull();
    expect(omsk.factors[0]!.share).toBeNull();
  });

  it("counts membership of a controller-led organisation and intervention", async () => {
    const paths: LeveragePath[] = (await s.get("/api/leverage")).json.paths;
    expect(paths.some((p) => p.kind === "membership" && p.nodes[1]!.id === "csto")).toBe(true);
    expect(paths.some((p) => p.kind === "intervention" && p.nodes.some((n) => n.id === "january-2022-unrest"))).toBe(
      true,
    );
  });

  it("returns the same answer twice (cached per store generation)", async () => {
    const a = await s.get("/api/leverage?limit=5");
    const b = await s.get("/api/leverage?limit=5");
    expect(a.text).toBe(b.text);
  });

  it("returns 404 for an unknown controller and 400 when controller equals dependent", async () => {
    const unknown = await s.get("/api/leverage?controller=atlantis");
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.details.field).toBe("controller");
    const same = await s.get("/api/leverage?controller=kazakhstan");
    expect(same.status).toBe(400);
    expect(same.json.error.details.issues[0].field).toBe("dependent");
  });
});
