import { describe, expect, it } from "vitest";
import type { Lever } from "../../../client/api/analysisTypes.ts";
import { indexGraph } from "../../../client/graph/entityDetail.ts";
import { leverHighlight } from "../../../client/graph/leverHighlight.ts";

const edge = (id: string, from: string, to: string) => ({ id, type: "T", from, to, conflictsWith: [], evidence: [] });
const index = indexGraph({
  nodes: ["kazakhstan", "port", "russia"].map((id) => ({ id, type: "State", name: id, aliases: [] })),
  edges: [edge("dep", "kazakhstan", "port"), edge("loc", "port", "russia"), edge("arms", "kazakhstan", "russia")],
});
const lever = (id: string, edges: string[], maxShare: number | null): Lever => ({
  id,
  sector: "s",
  asset: { id: "port", name: "port", type: "Infrastructure" },
  kinds: ["dependence"],
  ranks: [1],
  figures: [],
  maxShare,
  years: [],
  documents: [],
  disputed: false,
  edges,
  chain: "",
});

describe("the leverage highlight", () => {
  it("covers every lever's edges and ends, weighting each edge by the largest share through it", () => {
    const h = leverHighlight(
      [lever("a", ["dep", "loc"], 0.8), lever("b", ["loc"], 0.98), lever("c", ["arms"], null)],
      index,
    )!;
    expect([...h.nodes].sort()).toEqual(["kazakhstan", "port", "russia"]);
    expect(Object.fromEntries(h.weights!)).toEqual({ dep: 0.8, loc: 0.98, arms: 0 });
  });

  it("highlights nothing when there is no lever", () => {
    expect(leverHighlight([], index)).toBeNull();
  });
});
