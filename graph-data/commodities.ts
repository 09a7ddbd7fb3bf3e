// The sector → commodity map: each Commodity entity lists in `sectors` the relation sectors that
// are about that good. The checker enforces it and both stores read it, so a relationship's
// `commodity` property and the derived dependence on the good never disagree with its `sector`.
import type { Entity } from "./schema/index.ts";

/** Sector → id of the Commodity that maps it (the first one, when the checker would object). */
export function sectorCommodities(entities: readonly Entity[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of entities)
    if (e.type === "Commodity") for (const s of e.sectors ?? []) if (!map.has(s)) map.set(s, e.id);
  return map;
}
