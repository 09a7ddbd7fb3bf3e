import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EntityPage } from "../../../contract/wire/entity.ts";
import { startTestServer, type TestServer } from "../../helpers/server.ts";

let s: TestServer;
beforeAll(async () => void (s = await startTestServer()));
afterAll(async () => s.close());

describe("GET /api/entities/:id", () => {
  it("returns names, aliases, description and the documents that mention it", async () => {
    const r = await s.get("/api/entities/csto");
    expect(r.status).toBe(200);
    expect(r.json.entity).toMatchObject({ id: "csto", type: "Organisation", aliases: ["CSTO", "OTSC"] });
    expect(r.json.entity.mentions).toContain("senat-report");
    expect(r.json.documents["senat-report"]).toMatchObject({ id: "senat-report", publisher: "Sénat (France)" });
  });

  it("groups relationships by type with figures and cited evidence", async () => {
    const r = await s.get("/api/entities/kazakhstan");
    const deps = r.json.relationships.DEPENDS_ON;
    const pipelines = deps.find((d: { id: string }) => d.id === "kz-depends-russian-pipelines");
    expect(pipelines).toMatchObject({
      direction: "out",
      other: { id: "russian-oil-export-pipelines" },
      figures: { share: 0.98 },
    });
    expect(pipelines.evidence[0].document).toBe("essay-mazorenko");
    expect(r.json.documents["essay-mazorenko"]).toMatchObject({
      id: "essay-mazorenko",
      author: "Dmitry Mazorenko",
      date: "2025-10-29",
    });
    expect(r.json.relationships.SUPPLIES[0]).toMatchObject({ direction: "in", other: { id: "russia" } });
  });

  it("cites each quoted or mentioning document once, and no other", async () => {
    const r = await s.get("/api/entities/novorossiysk-port");
    const groups = Object.values(r.json.relationships) as {
      evidence: { document: string }[];
      conflicts: { evidence: { document: string }[] }[];
    }[][];
    const quoted = groups.flat().flatMap((v) => [...v.evidence, ...v.conflicts.flatMap((c) => c.evidence)]);
    const expected = new Set([...quoted.map((e) => e.document), ...r.json.entity.mentions]);
    expect(Object.keys(r.json.documents).sort()).toEqual([...expected].sort());
    // Each citation appears once in the whole answer, not beside every quote.
    for (const doc of Object.values(r.json.documents) as { title: string }[])
      expect(r.text.split(JSON.stringify(doc.title)).length - 1).toBe(1);
  });

  it("puts conflicting claims side by side", async () => {
    const r = await s.get("/api/entities/novorossiysk-port");
    const claim = r.json.relationships.DEPENDS_ON.find((d: { id: string }) => d.id === "kz-depends-novorossiysk-80");
    expect(claim.conflicts).toEqual([
      expect.objectContaining({ id: "kz-depends-novorossiysk-66", figures: expect.objectContaining({ share: 0.66 }) }),
    ]);
  });

  it("names the disagreement a claim belongs to: its id, kind and what is disputed", async () => {
    const r = await s.get("/api/entities/novorossiysk-port");
    const claims = r.json.relationships.DEPENDS_ON.filter((d: { id: string }) =>
      d.id.startsWith("kz-depends-novorossiysk-"),
    );
    expect(claims.map((c: { disagreement: unknown }) => c.disagreement)).toEqual([
      {
        id: "kazakh-oil-through-novorossiysk",
        kind: "figure",
        about: "Share of Kazakh oil exports through Novorossiysk",
      },
      {
        id: "kazakh-oil-through-novorossiysk",
        kind: "figure",
        about: "Share of Kazakh oil exports through Novorossiysk",
      },
    ]);
  });

  it("keeps a claim's disagreement through the wire contract the client parses with", async () => {
    const page = EntityPage.parse((await s.get("/api/entities/novorossiysk-port")).json);
    const claim = page.relationships.DEPENDS_ON!.find((d) => d.id === "kz-depends-novorossiysk-80");
    expect(claim?.disagreement).toEqual({
      id: "kazakh-oil-through-novorossiysk",
      kind: "figure",
      about: "Share of Kazakh oil exports through Novorossiysk",
    });
  });

  it("lists the documents that mention an entity without a MENTIONS group among its relationships", async () => {
    const r = await s.get("/api/entities/csto");
    expect(r.json.entity.mentions).toContain("senat-report");
    expect(Object.keys(r.json.relationships)).not.toContain("MENTIONS");
    expect(r.json.relationshipCount).toBe(3);
  });

  it("gives a document's page: its title and kind, and no relationship groups", async () => {
    const r = await s.get("/api/entities/senat-report");
    expect(r.status).toBe(200);
    expect(r.json.entity).toMatchObject({ type: "Document", name: expect.stringContaining("zéro problème") });
    expect(r.json.relationships).toEqual({});
  });

  it("returns 404 NotFound for an unknown id", async () => {
    const r = await s.get("/api/entities/atlantis");
    expect(r.status).toBe(404);
    expect(r.json.error.code).toBe("NotFound");
  });

  it("returns 400 naming id when it is not a slug", async () => {
    const r = await s.get("/api/entities/Not%20A%20Slug");
    expect(r.status).toBe(400);
    expect(r.json.error.details.issues[0].field).toBe("id");
  });
});
