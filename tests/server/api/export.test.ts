import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { nodeSize } from "../../../contract/figures.ts";
import { colorOf } from "../../../contract/palette.ts";
import { parse as parseGraphml } from "graphology-graphml";
import { startTestServer, type TestServer } from "../../helpers/server.ts";

let s: TestServer;
beforeAll(async () => void (s = await startTestServer()));
afterAll(async () => s.close());

describe("GET /api/export", () => {
  it("exports chosen ids and the relationships among them as JSON with the cited documents", async () => {
    const r = await s.get("/api/export?format=json&ids=kazakhstan,novorossiysk-port,russia");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toContain("application/json");
    expect(r.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.json"$/);
    expect(r.json.nodes).toHaveLength(3);
    expect(r.json.edges.map((e: { id: string }) => e.id).sort()).toEqual([
      "kz-depends-novorossiysk-66",
      "kz-depends-novorossiysk-80",
      "kz-depends-russia-arms",
      "novorossiysk-in-russia",
      "russia-supplies-kz-food",
    ]);
    expect(r.json.documents.map((d: { id: string }) => d.id)).toContain("senat-report");
  });

  it("exports a neighbourhood as GraphML that graphology reads back", async () => {
    const r = await s.get("/api/export?format=graphml&center=csto&depth=1");
    expect(r.headers.get("content-type")).toContain("application/graphml+xml");
    const g = parseGraphml(MultiDirectedGraph, r.text);
    expect(g.order).toBe(4);
    expect(g.getNodeAttribute("csto", "aliases")).toBe("CSTO | OTSC");
  });

  it("exports GEXF that graphology reads back", async () => {
    const r = await s.get("/api/export?format=gexf&center=csto");
    expect(r.headers.get("content-type")).toContain("application/gexf+xml");
    const g = parseGexf(MultiDirectedGraph, r.text);
    expect(g.hasNode("csto")).toBe(true);
    expect(g.size).toBe(6);
  });

  it("exports GEXF with each node's type colour, a size by degree and a layout position (viz), as Gephi reads them", async () => {
    const r = await s.get("/api/export?format=gexf&center=csto");
    expect(r.text).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    const g = parseGexf(MultiDirectedGraph, r.text);
    expect(g.getNodeAttribute("csto", "color")).toBe(colorOf("Organisation"));
    g.forEachNode((id, a) => {
      expect(a.color, id).toMatch(/^#[0-9a-f]{6}$/);
      expect(Number.isFinite(a.x) && Number.isFinite(a.y), id).toBe(true);
      // Sized by degree as the explorer sizes it, so hubs stand out in Gephi as on screen.
      expect(a.size, id).toBeCloseTo(nodeSize(g.degree(id)), 5);
    });
  });

  it("places the SVG's node and relation labels without overlaps, inside the drawing", async () => {
    const r = await s.get("/api/export?format=svg&center=kazakhstan");
    const boxes = [...r.text.matchAll(/data-box="([^"]+)"/g)].map((m) => m[1]!.split(" ").map(Number));
    expect(boxes.length).toBeGreaterThan(3);
    for (const [x, y, w, h] of boxes) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(x! + w!).toBeLessThanOrEqual(1200);
      expect(y! + h!).toBeLessThanOrEqual(800);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(a[0]! < b[0]! + b[2]! && b[0]! < a[0]! + a[2]! && a[1]! < b[1]! + b[3]! && b[1]! < a[1]! + a[3]!).toBe(
          false,
        );
      }
  });

  it("exports edges CSV with node names, or nodes CSV with part=nodes", async () => {
    const edges = await s.get("/api/export?format=csv&center=omsk-refinery");
    expect(edges.headers.get("content-type")).toContain("text/csv");
    const lines = edges.text.trim().split("\r\n");
    expect(lines[0]).toBe(
      "id,type,source,sourceName,target,targetName,theme,sector,share,amount,unit,year,yearFrom,yearTo,note,conflictsWith,sources,quotes",
    );
    expect(lines.some((l) => l.startsWith("omsk-in-russia,LOCATED_IN,omsk-refinery,Omsk refinery,russia,Russia"))).toBe(
      true,
    );
    const nodes = await s.get("/api/export?format=csv&part=nodes&center=omsk-refinery");
    expect(nodes.text.split("\r\n")[0]).toBe("id,type,subtype,name,nameFr,aliases,description,date");
    expect(nodes.headers.get("content-disposition")).toContain("-nodes.csv");
  });

  it("draws an SVG with labels, a legend by type and a sources footnote", async () => {
    const r = await s.get("/api/export?format=svg&center=novorossiysk-port");
    expect(r.headers.get("content-type")).toContain("image/svg+xml");
    expect(r.text).toContain("Port of Novorossiysk");
    expect(r.text).toContain(">Infrastructure</text>");
    expect(r.text).toContain("Sources");
    expect(r.text).toContain("Objectif « zéro problème avec ses voisins »");
    const again = await s.get("/api/export?format=svg&center=novorossiysk-port");
    expect(again.text).toBe(r.text);
  });

  it("exports the graph of a saved query, its parameters given as further keys", async () => {
    const r = await s.get("/api/export?format=json&query=entity-evidence&id=csto");
    expect(r.status).toBe(200);
    expect(r.json.nodes.map((n: { id: string }) => n.id)).toContain("csto");
  });

  it("returns 400 unless exactly one selection is given, and for an unknown format", async () => {
    const none = await s.get("/api/export?format=json");
    const two = await s.get("/api/export?format=json&ids=russia&center=russia");
    const fmt = await s.get("/api/export?format=pdf&ids=russia");
    expect([none.status, two.status, fmt.status]).toEqual([400, 400, 400]);
    expect(none.json.error.details.issues[0].field).toBe("ids");
    expect(fmt.json.error.details.issues[0].field).toBe("format");
  });

  it("returns 404 for an unknown id or saved query", async () => {
    expect((await s.get("/api/export?format=json&ids=atlantis")).status).toBe(404);
    expect((await s.get("/api/export?format=json&query=nope")).status).toBe(404);
  });
});
