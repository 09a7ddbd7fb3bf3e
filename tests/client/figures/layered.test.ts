import { describe, expect, it } from "vitest";
import { layered } from "../../../client/figures/layered.ts";

describe("the layered layout", () => {
  it("runs a path left to right and keeps every edge label box clear of the nodes and of each other", () => {
    const nodes = ["kz", "port", "ru", "sea"].map((id) => ({ id, width: 90, height: 30 }));
    const edges = [
      { id: "e1", from: "kz", to: "port", labelWidth: 120, labelHeight: 17 },
      { id: "e2", from: "port", to: "sea", labelWidth: 80, labelHeight: 17 },
      { id: "e3", from: "ru", to: "port", labelWidth: 100, labelHeight: 17 },
      { id: "e4", from: "kz", to: "port", labelWidth: 140, labelHeight: 17 },
    ];
    const l = layered(nodes, edges);
    expect(l.nodes.get("kz")!.x).toBeLessThan(l.nodes.get("port")!.x);
    expect(l.nodes.get("port")!.x).toBeLessThan(l.nodes.get("sea")!.x);
    const boxes = [
      ...nodes.map((n) => ({ ...l.nodes.get(n.id)!, w: n.width, h: n.height })),
      ...edges.map((e) => ({ ...l.edges.get(e.id)!.label, w: e.labelWidth, h: e.labelHeight })),
    ];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const apart = Math.abs(a.x - b.x) * 2 >= a.w + b.w || Math.abs(a.y - b.y) * 2 >= a.h + b.h;
        expect(apart, `boxes ${i} and ${j}`).toBe(true);
      }
    for (const e of edges) expect(l.edges.get(e.id)!.points.length).toBeGreaterThanOrEqual(2);
  });
});
