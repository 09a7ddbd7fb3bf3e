import { describe, expect, it } from "vitest";
import type { GraphData } from "../../../client/api/types.ts";
import { stepWindow, yearHistogram } from "../../../client/time/histogram.ts";

const edge = (id: string, years: { year?: number; yearFrom?: number; yearTo?: number }) => ({
  id,
  type: "X",
  from: "a",
  to: "b",
  conflictsWith: [],
  evidence: [],
  ...years,
});

describe("the timeline's histogram", () => {
  it("counts a relation in the first year it names, events by their date, and undated relations apart", () => {
    const data: GraphData = {
      nodes: [
        { id: "a", type: "Event", name: "A", aliases: [], date: "2022-01" },
        { id: "b", type: "State", name: "B", aliases: [], date: "1991" },
      ],
      edges: [
        edge("e1", { year: 2020 }),
        edge("e2", { yearFrom: 2020, yearTo: 2023 }),
        edge("e3", { yearTo: 2018 }),
        edge("e4", {}),
      ],
    };
    const h = yearHistogram(data)!;
    expect([h.min, h.max, h.undated]).toEqual([2018, 2022, 1]);
    expect(h.bins.map((b) => [b.year, b.relations, b.events])).toEqual([
      [2018, 1, 0],
      [2019, 0, 0],
      [2020, 2, 0],
      [2021, 0, 0],
      [2022, 0, 1],
    ]);
  });

  it("has nothing to draw for a graph without dates", () => {
    expect(yearHistogram({ nodes: [], edges: [edge("e", {})] })).toBeNull();
  });

  it("slides a window by a year and wraps to the start once past the end", () => {
    expect(stepWindow(2000, 2004, 1990, 2025)).toEqual({ from: 2001, to: 2005 });
    expect(stepWindow(2021, 2025, 1990, 2025)).toEqual({ from: 1990, to: 1994 });
  });
});
