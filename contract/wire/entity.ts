// The entity page: the entity, its relationships grouped by type with figures, evidence and
// disagreeing claims, and the citations of every document it mentions or quotes.
import { z } from "zod";
import { Citations, Conflict, Evidence, Figures, NodeRef } from "./common.ts";

/** The disagreement a claim belongs to (graph-data/disagreements.yaml): its id, kind and what is disputed. */
export const DisagreementRef = z.object({
  id: z.string(),
  kind: z.enum(["figure", "measure", "date", "ranking", "stance", "account"]),
  about: z.string(),
});
export type DisagreementRef = z.infer<typeof DisagreementRef>;

export const EntityRelationship = z.object({
  id: z.string(),
  type: z.string(),
  direction: z.enum(["out", "in"]),
  other: NodeRef,
  figures: Figures,
  evidence: z.array(Evidence),
  /** Present on a claim of a disagreement; `conflicts` then holds the other claims. */
  disagreement: DisagreementRef.optional(),
  conflicts: z.array(Conflict),
});
export type EntityRelationship = z.infer<typeof EntityRelationship>;

export const EntityPage = z.object({
  entity: z.object({
    id: z.string(),
    type: z.string(),
    subtype: z.string().optional(),
    name: z.string(),
    nameFr: z.string().optional(),
    aliases: z.array(z.string()),
    description: z.string().optional(),
    date: z.string().optional(),
    mentions: z.array(z.string()),
  }),
  relationshipCount: z.number(),
  relationships: z.record(z.string(), z.array(EntityRelationship)),
  documents: Citations,
});
export type EntityPage = z.infer<typeof EntityPage>;
