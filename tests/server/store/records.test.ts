// The property-graph records both stores load: documents become nodes linked to what they
// mention, claims carry their disagreement, and a dependence on a supplier also reaches the good
// its sector maps to. Read from the real graph-data/, so the checked model is what is tested.
import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../../graph-data/load.ts";
import { toGraphRecords } from "../../../server/store/records.ts";

const kb = loadKnowledgeBase();
const { nodes, relationships } = toGraphRecords(kb);
const rel = (id: string) => relationships.find((r) => r.id === id);

describe("graph records", () => {
  it("makes each document a Document node named by its title", () => {
    const docs = nodes.filter((n) => n.label === "Document");
    expect(docs.map((d) => d.id).sort()).toEqual(kb.documents.map((d) => d.id).sort());
    expect(docs.find((d) => d.id === "brief-sanctions")?.properties).toMatchObject({
      name: expect.stringContaining("contournement des sanctions"),
      kind: "policy-brief",
      author: "Céline Bayou",
      language: "fr",
    });
  });

  it("links every document to each entity that lists it in mentions, and nothing else", () => {
    const mentions = relationships.filter((r) => r.type === "MENTIONS");
    expect(mentions).toHaveLength(kb.entities.reduce((n, e) => n + e.mentions.length, 0));
    expect(rel("brief-sanctions:mentions:kazakhstan")).toMatchObject({ from: "brief-sanctions", to: "kazakhstan" });
    expect(mentions.every((m) => Object.keys(m.properties).join() === "id")).toBe(true);
  });

  it("gives every claim of a disagreement its id, kind and what is disputed, beside conflictsWith", () => {
    for (const d of kb.disagreements)
      for (const c of d.claims)
        expect(rel(c)?.properties).toMatchObject({
          disagreement: d.id,
          disagreementKind: d.kind,
          disagreementAbout: d.about,
          conflictsWith: d.claims.filter((o) => o !== c),
        });
    expect(kb.disagreements.length).toBeGreaterThan(0);
  });

  it("names the good a relationship's sector maps to", () => {
    expect(rel("kazakhstan-depends-on-russia-arms")?.properties.commodity).toBe("arms-and-military-equipment");
    expect(rel("kazakhstan-depends-on-russian-rouble")?.properties.commodity).toBeUndefined();
  });

  it("adds the dependence on the good itself, with the evidence and no share", () => {
    const gas = relationships.filter((r) => r.type === "DEPENDS_ON" && r.to === "natural-gas");
    expect(gas.length).toBeGreaterThan(0);
    for (const g of gas) {
      const source = rel(String(g.properties.derivedFrom))!;
      expect(source.properties.commodity).toBe("natural-gas");
      expect(g.from).toBe(source.from);
      expect(g.properties.quotes).toEqual(source.properties.quotes);
      expect(g.properties.share).toBeUndefined();
    }
  });

  it("keeps every relationship id unique", () => {
    expect(new Set(relationships.map((r) => r.id)).size).toBe(relationships.length);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
  });
});
