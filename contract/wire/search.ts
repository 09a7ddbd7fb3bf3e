// Search answers: entities whose names match, and evidence passages grouped by entity and relation.
import { z } from "zod";
import { Citations, NodeRef } from "./common.ts";

export const SearchHit = z.object({
  id: z.string(),
  name: z.string(),
  nameFr: z.string().optional(),
  type: z.string(),
  subtype: z.string().optional(),
  score: z.number(),
  matched: z.array(z.string()),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** A quote, note or description that matched, with the [start, end) ranges of the matching words. */
export const Passage = z.object({
  kind: z.enum(["quote", "note", "description"]),
  text: z.string(),
  document: z.string().optional(),
  highlights: z.array(z.tuple([z.number(), z.number()])),
});
export type Passage = z.infer<typeof Passage>;

export const EntityEvidenceHits = z.object({ entity: NodeRef, score: z.number(), passages: z.array(Passage) });
export const RelationEvidenceHits = z.object({
  relation: z.object({ id: z.string(), type: z.string(), from: NodeRef, to: NodeRef }),
  score: z.number(),
  passages: z.array(Passage),
});
export type EntityEvidenceHits = z.infer<typeof EntityEvidenceHits>;
export type RelationEvidenceHits = z.infer<typeof RelationEvidenceHits>;

export const SearchAnswer = z.object({
  query: z.string(),
  /** Entities whose names, aliases or acronyms match. */
  hits: z.array(SearchHit),
  /** Quotes, notes and descriptions that match, grouped by the entity or relation they belong to. */
  evidence: z.object({ entities: z.array(EntityEvidenceHits), relations: z.array(RelationEvidenceHits) }),
  documents: Citations,
});
export type SearchAnswer = z.infer<typeof SearchAnswer>;
