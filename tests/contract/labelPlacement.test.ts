import { describe, expect, it } from "vitest";
import { nodeBox, overlaps, placeLabels, type LabelRequest } from "../../contract/labelPlacement.ts";

const req = (id: string, x: number, y: number, priority = 1, width = 60): LabelRequest => ({
  id,
  x,
  y,
  r: 5,
  width,
  height: 14,
  priority,
});
const bounds = { x: 0, y: 0, width: 400, height: 300 };

describe("label placement", () => {
  it("puts a lone label to the right of its node", () => {
    const [l] = placeLabels([req("a", 100, 100)], bounds);
    expect(l!.box).toEqual({ x: 108, y: 93, width: 60, height: 14 });
  });

  it("moves a label to another side rather than over a placed one, and never overlaps", () => {
    const labels = placeLabels([req("a", 100, 100, 2), req("b", 130, 100, 1)], bounds);
    expect(labels).toHaveLength(2);
    expect(overlaps(labels[0]!.box, labels[1]!.box)).toBe(false);
  });

  it("keeps labels inside the drawing: a node on the right edge is labelled on its left", () => {
    const [l] = placeLabels([req("a", 395, 100)], bounds);
    expect(l!.box.x + l!.box.width).toBeLessThanOrEqual(400);
  });

  it("leaves out the label of lower priority when no spot is free, and never covers another node", () => {
    const crowd = Array.from({ length: 40 }, (_, i) => req(`n${i}`, 200 + (i % 5) * 4, 150 + Math.floor(i / 5) * 4, i));
    const obstacles = crowd.map((c) => nodeBox(c.id, c.x, c.y, c.r));
    const labels = placeLabels(crowd, bounds, obstacles);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.length).toBeLessThan(crowd.length);
    expect(labels[0]!.id).toBe("n39");
    for (const a of labels) {
      for (const b of labels) if (a !== b) expect(overlaps(a.box, b.box)).toBe(false);
      for (const o of obstacles) if (o.id !== a.id) expect(overlaps(a.box, o)).toBe(false);
    }
  });
});
