// Semantic checks over a schema-parsed knowledge base: unique ids, referential integrity,
// orphan entities, conflict links, and that every quote occurs verbatim in its document; the
// disagreement and commodity rules live beside it. Pure: returns problems; prints nothing.
import type { LoadedKnowledgeBase, LoadProblem, Origin } from "./load.ts";
import { sectorCommodities } from "./commodities.ts";
import { validateCommodities } from "./validateCommodities.ts";
import { validateDisagreements } from "./validateDisagreements.ts";

/** Whitespace is folded on both sides: the seeds use non-breaking and narrow spaces inside figures. */
export const foldWhitespace = (s: string): string => s.replace(/\s+/gu, " ").trim();

export interface ValidateOptions {
  /** Document id → full text. When a document's text is absent its quotes are not checked. */
  texts?: Map<string, string>;
}

function where(origins: Map<string, Origin[]>, id: string): { file: string; entry: string } {
  const o = origins.get(id)?.[0];
  return { file: o?.file ?? "graph-data", entry: o ? `#${o.index} id=${id}` : `id=${id}` };
}

export function validateKnowledgeBase(kb: LoadedKnowledgeBase, options: ValidateOptions = {}): LoadProblem[] {
  const problems: LoadProblem[] = [];
  const push = (origins: Map<string, Origin[]>, id: string, message: string) =>
    problems.push({ ...where(origins, id), message });

  const singular = {
    entities: "entity",
    relations: "relation",
    documents: "document",
    disagreements: "disagreement",
  } as const;
  for (const [kind, origins] of Object.entries(kb.origins) as [keyof typeof singular, Map<string, Origin[]>][]) {
    for (const [id, list] of origins) {
      if (list.length > 1) {
        const places = list.map((o) => `${o.file}#${o.index}`).join(", ");
        problems.push({
          file: list[1]!.file,
          entry: `#${list[1]!.index} id=${id}`,
          message: `duplicate ${singular[kind]} id "${id}" (also at ${places})`,
        });
      }
    }
  }

  const documents = new Set(kb.documents.map((d) => d.id));
  const entities = new Set(kb.entities.map((e) => e.id));
  const relations = new Map(kb.relations.map((r) => [r.id, r]));
  const texts = options.texts ? new Map([...options.texts].map(([id, t]) => [id, foldWhitespace(t)])) : undefined;

  // Documents are nodes beside the entities, under the same unique id.
  for (const d of kb.documents)
    if (entities.has(d.id)) push(kb.origins.documents, d.id, `document id "${d.id}" is also an entity id`);
  for (const e of kb.entities) {
    for (const d of e.mentions)
      if (!documents.has(d)) push(kb.origins.entities, e.id, `mentions unknown document "${d}"`);
  }

  const related = new Set<string>();
  for (const r of kb.relations) {
    for (const end of ["from", "to"] as const) {
      if (entities.has(r[end])) related.add(r[end]);
      else push(kb.origins.relations, r.id, `${end}: dangling id "${r[end]}" (no such entity)`);
    }
    if (r.from === r.to) push(kb.origins.relations, r.id, `from and to are the same entity "${r.from}"`);
    for (const other of r.conflictsWith ?? []) {
      const o = relations.get(other);
      if (!o) push(kb.origins.relations, r.id, `conflictsWith: unknown relation "${other}"`);
      else if (!(o.conflictsWith ?? []).includes(r.id))
        push(kb.origins.relations, r.id, `conflictsWith: "${other}" does not list "${r.id}" back`);
    }
    r.evidence.forEach((ev, i) => {
      if (!documents.has(ev.document)) {
        push(kb.origins.relations, r.id, `evidence[${i}].document: unknown document "${ev.document}"`);
        return;
      }
      const text = texts?.get(ev.document);
      if (text !== undefined && !text.includes(foldWhitespace(ev.quote)))
        push(
          kb.origins.relations,
          r.id,
          `evidence[${i}].quote does not occur verbatim in "${ev.document}": "${ev.quote.slice(0, 80)}"`,
        );
    });
  }

  // A commodity is related when a relation's sector maps to it: both stores link them (records.ts).
  const commodities = sectorCommodities(kb.entities);
  for (const r of kb.relations) if (r.sector && commodities.has(r.sector)) related.add(commodities.get(r.sector)!);
  validateDisagreements(kb, push);
  validateCommodities(kb, push);
  for (const e of kb.entities) {
    if (!related.has(e.id)) push(kb.origins.entities, e.id, `entity "${e.id}" has no relation`);
  }
  return problems;
}

/** Counts by entity type and by relation type, for the checker's summary and /api/meta. */
export function countKnowledgeBase(kb: LoadedKnowledgeBase): {
  entities: Record<string, number>;
  relations: Record<string, number>;
} {
  const tally = (keys: string[]) =>
    keys.reduce<Record<string, number>>((acc, k) => ((acc[k] = (acc[k] ?? 0) + 1), acc), {});
  return { entities: tally(kb.entities.map((e) => e.type)), relations: tally(kb.relations.map((r) => r.type)) };
}
