// Collision-aware label placement for drawings (the explorer's PNG/SVG exports and the
// server's SVG): each label tries a few spots around its node — right, left, above, below —
// and takes the first that overlaps no placed label, no other node and stays inside the
// drawing; a label with no free spot is left out rather than drawn over another. Labels are
// placed in priority order, so the ones that matter (forced, large nodes) win the space.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  /** Centre and radius of the node the label names. */
  x: number;
  y: number;
  r: number;
  width: number;
  height: number;
  /** Higher first. */
  priority: number;
}

export interface PlacedLabel {
  id: string;
  box: Box;
  /** Where the text goes: its left edge and baseline. */
  textX: number;
  baseline: number;
}

const GAP = 3;

export const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const inside = (a: Box, b: Box): boolean =>
  a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;

function candidates(l: LabelRequest): Box[] {
  const midY = l.y - l.height / 2;
  return [
    { x: l.x + l.r + GAP, y: midY, width: l.width, height: l.height },
    { x: l.x - l.r - GAP - l.width, y: midY, width: l.width, height: l.height },
    { x: l.x - l.width / 2, y: l.y - l.r - GAP - l.height, width: l.width, height: l.height },
    { x: l.x - l.width / 2, y: l.y + l.r + GAP, width: l.width, height: l.height },
  ];
}

/** `obstacles` are boxes nothing may cover (nodes, legend); a label may touch its own node only. */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: Box,
  obstacles: readonly (Box & { id?: string })[] = [],
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const ordered = [...requests].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  for (const l of ordered) {
    const spot = candidates(l).find(
      (box) =>
        inside(box, bounds) &&
        !placed.some((p) => overlaps(p.box, box)) &&
        !obstacles.some((o) => o.id !== l.id && overlaps(o, box)),
    );
    // The baseline sits a fifth of the box above its bottom, room for descenders.
    if (spot) placed.push({ id: l.id, box: spot, textX: spot.x, baseline: spot.y + spot.height * 0.8 });
  }
  return placed;
}

/** A node's circle as an obstacle box for its label's neighbours. */
export const nodeBox = (id: string, x: number, y: number, r: number): Box & { id: string } => ({
  id,
  x: x - r,
  y: y - r,
  width: 2 * r,
  height: 2 * r,
});
