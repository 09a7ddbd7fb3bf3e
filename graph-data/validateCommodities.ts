// Checks the sector → commodity map: a sector belongs to one commodity at most and is never also
// a service sector; every sector of a dependence or flow relation is a known good or a service;
// a relation that reaches a Commodity names one of that commodity's sectors.
import { GOODS_RELATION_TYPES, SERVICE_SECTORS } from "./schema/index.ts";
import type { LoadedKnowledgeBase, Origin } from "./load.ts";
import { sectorCommodities } from "./commodities.ts";

export type Push = (origins: Map<string, Origin[]>, id: string, message: string) => void;

export function validateCommodities(kb: LoadedKnowledgeBase, push: Push): void {
  const services = new Set<string>(SERVICE_SECTORS);
  const goodsTypes = new Set<string>(GOODS_RELATION_TYPES);
  const owner = new Map<string, string>();
  for (const e of kb.entities) {
    for (const s of e.sectors ?? []) {
      const first = owner.get(s);
      if (first && first !== e.id) push(kb.origins.entities, e.id, `sectors: "${s}" is already mapped to "${first}"`);
      else owner.set(s, e.id);
      if (services.has(s)) push(kb.origins.entities, e.id, `sectors: "${s}" is a service sector, not a good`);
    }
  }
  const map = sectorCommodities(kb.entities);
  const types = new Map(kb.entities.map((e) => [e.id, e.type]));
  for (const r of kb.relations) {
    if (!r.sector) continue;
    const commodity = map.get(r.sector);
    if (goodsTypes.has(r.type) && !commodity && !services.has(r.sector))
      push(
        kb.origins.relations,
        r.id,
        `sector "${r.sector}" is neither a Commodity's sector nor a service sector (graph-data/schema/vocabulary.ts)`,
      );
    if (commodity && types.get(r.to) === "Commodity" && r.to !== commodity)
      push(kb.origins.relations, r.id, `sector "${r.sector}" belongs to "${commodity}", not to "${r.to}"`);
  }
}
