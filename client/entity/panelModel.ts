// What the entity panel shows, computed from the entity's relations and the UI state: the
// relations the type, year and other filters let through, narrowed by the panel's own text
// filter, grouped by type with counts, and the entity's key figures (its largest documented
// shares and amounts). Pure; the panel only renders it.
import type { EntityDetail, EntityRelation } from "../api/types.ts";
import { fold } from "../graph/search.ts";

export interface PanelGroup {
  type: string;
  relations: EntityRelation[];
  /** Relations of this type before the panel's text filter (after the view's filters). */
  total: number;
}

export interface PanelModel {
  groups: PanelGroup[];
  /** Relations the view's type and year filters hide. */
  hiddenByFilters: number;
  shown: number;
  keyFigures: EntityRelation[];
}

const KEY_FIGURES = 4;

const haystack = (r: EntityRelation) =>
  fold([r.type, r.other.name, r.other.type, r.sector, r.note, ...r.evidence.map((e) => e.quote)].join(" "));

export function panelModel(
  detail: EntityDetail,
  visible: (r: EntityRelation) => boolean,
  filterText: string,
): PanelModel {
  const words = fold(filterText).split(/\s+/).filter(Boolean);
  let hiddenByFilters = 0;
  let shown = 0;
  const groups: PanelGroup[] = [];
  for (const g of detail.groups) {
    const inView = g.relations.filter(visible);
    hiddenByFilters += g.relations.length - inView.length;
    const matching = words.length ? inView.filter((r) => words.every((w) => haystack(r).includes(w))) : inView;
    shown += matching.length;
    if (matching.length) groups.push({ type: g.type, relations: matching, total: inView.length });
  }
  const keyFigures = detail.groups
    .flatMap((g) => g.relations)
    .filter((r) => visible(r) && (r.share !== undefined || r.amount !== undefined))
    .sort((a, b) => (b.share ?? -1) - (a.share ?? -1) || a.id.localeCompare(b.id))
    .slice(0, KEY_FIGURES);
  return { groups, hiddenByFilters, shown, keyFigures };
}
