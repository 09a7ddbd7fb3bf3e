import { describe, expect, it } from "vitest";
import type { GraphData } from "../../../client/api/types.ts";
import { buildResultGraph } from "../../../client/results/resultGraph.ts";

const node = (id: string, type = "State") => ({ id, type, name: id.toUpperCase(), aliases: [] });
const edge = (id: string, type: string, from: string, to: string) => ({
  id,
  type,
  from,
  to,
  conflictsWith: [],
  evidence: [],
});

describe("the result graph", () => {
  const data: GraphData = {
    nodes: [node("kz"), node("port", "Infrastructure"), node("ru")],
    edges: [
      edge("e1", "DEPENDS_ON", "kz", "port"),
      edge("e2", "LOCATED_IN", "port", "ru"),
      edge("e3", "CONTROLS", "ru", "port"),
      edge("e4", "MISSING_END", "kz", "nowhere"),
    ],
  };
  const g = buildResultGraph(data);

  it("draws the answer's nodes and the relations whose ends it holds, left to right along a path", () => {
    expect(g.order).toBe(3);
    expect(g.size).toBe(3);
    expect(g.getNodeAttribute("kz", "x")).toBeLessThan(g.getNodeAttribute("port", "x"));
  });

  it("names relations between the same two nodes with one label", () => {
    const labels = ["e2", "e3"].map((id) => g.getEdgeAttribute(id, "label"));
    expect(labels.sort()).toEqual(["", "LOCATED_IN +1"]);
    expect(g.getEdgeAttribute("e1", "label")).toBe("DEPENDS_ON");
  });
});
