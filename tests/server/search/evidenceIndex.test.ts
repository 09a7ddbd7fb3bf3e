import { describe, expect, it } from "vitest";
import { EvidenceIndex, highlightsOf } from "../../../server/search/evidenceIndex.ts";
import type { GraphEdge, GraphNode } from "../../../server/store/types.ts";

const node = (id: string, name: string, description: string): GraphNode => ({
  id,
  label: "State",
  properties: { id, name, description },
});
const nodes = [
  node("kazakhstan", "Kazakhstan", "Landlocked state of Central Asia."),
  node("russia", "Russia", "Federal state; its companies dominate the market."),
];
const edges: GraphEdge[] = [
  {
    id: "russia-invests",
    type: "INVESTS_IN",
    source: "russia",
    target: "kazakhstan",
    properties: {
      id: "russia-invests",
      sources: ["senat-report"],
      quotes: ["Les investissements russes au Kazakhstan restent une menace pour sa souveraineté."],
      note: "Figures from 2023.",
    },
  },
];
const index = new EvidenceIndex(new Map(nodes.map((n) => [n.id, n])), new Map(edges.map((e) => [e.id, e])), {
  nodes,
  edges,
});

describe("evidence search", () => {
  it("finds a quote whatever the case and accents, and names its document", () => {
    const hits = index.search("INVESTISSEMENT", 10);
    expect(hits.relations.map((h) => h.relation.id)).toEqual(["russia-invests"]);
    expect(hits.relations[0]!.passages[0]).toMatchObject({ kind: "quote", document: "senat-report" });
  });

  it("finds French quotes from English words, by prefix and with a typo", () => {
    expect(index.search("investment", 10).relations).toHaveLength(1);
    expect(index.search("threat", 10).relations).toHaveLength(1);
    expect(index.search("souver", 10).relations).toHaveLength(1);
    expect(index.search("souverainetee", 10).relations).toHaveLength(1);
  });

  it("groups entity descriptions by entity, apart from relations", () => {
    const hits = index.search("companies", 10);
    expect(hits.entities.map((h) => h.entity)).toEqual([{ id: "russia", name: "Russia", type: "State" }]);
    expect(hits.entities[0]!.passages[0]!.kind).toBe("description");
    expect(hits.relations).toEqual([]);
  });

  it("marks where the matching words stand in the passage", () => {
    const text = edges[0]!.properties.quotes as string[];
    const [passage] = index.search("menace", 10).relations[0]!.passages;
    expect(passage!.highlights.map(([a, b]) => text[0]!.slice(a, b))).toEqual(["menace"]);
    expect(highlightsOf("Les oléoducs", ["oleoduc"])).toEqual([[4, 12]]);
  });

  it("answers nothing, not everything, for words the documents never use", () => {
    expect(index.search("xylophone", 10)).toEqual({ entities: [], relations: [] });
  });
});
