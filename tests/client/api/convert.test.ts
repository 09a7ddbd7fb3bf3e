import { describe, expect, it } from "vitest";
import { describeFigures, routeToRanked, toEdge } from "../../../client/api/convert.ts";
import type { Route } from "../../../contract/index.ts";

describe("converting answers for the explorer", () => {
  it("reads evidence from the parallel sources and quotes lists and keeps conflicts", () => {
    const e = toEdge({
      id: "r",
      type: "DEPENDS_ON",
      source: "kazakhstan",
      target: "port",
      properties: {
        share: 0.8,
        yearFrom: 2015,
        sources: ["senat", "wiki"],
        quotes: ["q1", "q2"],
        conflictsWith: ["s"],
      },
    });
    expect(e).toMatchObject({ from: "kazakhstan", to: "port", share: 0.8, yearFrom: 2015, conflictsWith: ["s"] });
    expect(e.evidence).toEqual([
      { document: "senat", quote: "q1" },
      { document: "wiki", quote: "q2" },
    ]);
  });

  it("words figures with the contract's year rule", () => {
    expect(describeFigures({ share: 0.8, sector: "oil-exports", yearFrom: 2015 })).toBe(
      "80 % · oil-exports · since 2015",
    );
    expect(describeFigures({ amount: 1.4, unit: "million tonnes", year: 2024 })).toBe("1.4 million tonnes · 2024");
  });

  it("cites a hop's disagreeing claim with its document's title", () => {
    const hop = {
      edge: "a",
      type: "DEPENDS_ON",
      from: { id: "kazakhstan", name: "Kazakhstan", type: "State" },
      to: { id: "port", name: "Port", type: "Infrastructure" },
      direction: "forward" as const,
      figures: { share: 0.8 },
      evidence: [{ quote: "q", document: "senat" }],
      conflicts: [
        {
          id: "b",
          from: "kazakhstan",
          to: "port",
          figures: { share: 0.66 },
          evidence: [{ quote: "r", document: "wiki" }],
        },
      ],
    };
    const route: Route = {
      rank: 1,
      bottleneck: null,
      allHopsDocumented: false,
      nodes: [hop.from, hop.to],
      hops: [hop],
      alternatives: [],
    };
    const ranked = routeToRanked(route, { wiki: { id: "wiki", title: "Relations entre le Kazakhstan et la Russie" } });
    expect(ranked.score).toBe("capacity undocumented");
    expect(ranked.hops[0]!.conflicts).toEqual([
      {
        edge: "b",
        figure: "66 %",
        evidence: [{ quote: "r", document: "wiki", citation: "Relations entre le Kazakhstan et la Russie" }],
      },
    ]);
  });
});
