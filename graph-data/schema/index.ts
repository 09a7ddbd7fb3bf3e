// The one zod model of the knowledge base: documents, entities, relations and their evidence.
// The checker, the loaders of both stores and the server all parse graph-data/ through these
// schemas, so a shape change happens here and nowhere else.
import { z } from "zod";
import {
  DISAGREEMENT_KINDS,
  ENTITY_TYPES,
  INFRASTRUCTURE_SUBTYPES,
  PLACE_SUBTYPES,
  RELATION_TYPE_NAMES,
  THEMES,
} from "./vocabulary.ts";

export * from "./vocabulary.ts";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lowercase slug (a-z, 0-9, dashes)");

export const DocumentSchema = z.strictObject({
  id: slug,
  file: z.string().min(1),
  title: z.string().min(1),
  kind: z.enum(["press", "parliamentary-report", "essay", "policy-brief", "encyclopaedia"]),
  author: z.string().min(1).optional(),
  publisher: z.string().min(1).optional(),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD")
    .optional(),
  language: z.string().min(2),
  url: z.string().optional(),
});
export type SourceDocument = z.infer<typeof DocumentSchema>;

export const EvidenceSchema = z.strictObject({
  document: slug,
  quote: z.string().min(8).max(300, "a quote is at most 300 characters"),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const EntitySchema = z
  .strictObject({
    id: slug,
    type: z.enum(ENTITY_TYPES),
    subtype: z.string().optional(),
    name: z.string().min(1),
    nameFr: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    description: z.string().min(1),
    mentions: z.array(slug).min(1, "an entity is mentioned by at least one document"),
    // Dates for events ("2022-01") and periods for entities that existed only for a while.
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .optional(),
    // Commodities only: the relation sectors that are about this good (the sector → commodity map).
    sectors: z.array(z.string().min(1)).optional(),
  })
  .superRefine((e, ctx) => {
    if (e.sectors !== undefined && e.type !== "Commodity") {
      ctx.addIssue({ code: "custom", path: ["sectors"], message: "only a Commodity maps sectors" });
    }
    if (e.type === "Infrastructure") {
      if (!e.subtype || !(INFRASTRUCTURE_SUBTYPES as readonly string[]).includes(e.subtype)) {
        ctx.addIssue({
          code: "custom",
          path: ["subtype"],
          message: `Infrastructure needs a subtype among ${INFRASTRUCTURE_SUBTYPES.join(", ")}`,
        });
      }
    } else if (e.type === "Place") {
      if (e.subtype && !(PLACE_SUBTYPES as readonly string[]).includes(e.subtype)) {
        ctx.addIssue({
          code: "custom",
          path: ["subtype"],
          message: `Place subtype must be one of ${PLACE_SUBTYPES.join(", ")}`,
        });
      }
    }
  });
export type Entity = z.infer<typeof EntitySchema>;

const year = z.number().int().min(1800).max(2100);

export const RelationSchema = z
  .strictObject({
    id: slug,
    type: z.enum(RELATION_TYPE_NAMES as [string, ...string[]], {
      error: (iss) => `unknown relation type ${JSON.stringify(iss.input)}`,
    }),
    from: slug,
    to: slug,
    theme: z.enum(THEMES),
    sector: z.string().min(1).optional(),
    share: z.number().min(0, "share must be between 0 and 1").max(1, "share must be between 0 and 1").optional(),
    amount: z.number().optional(),
    unit: z.string().min(1).optional(),
    year: year.optional(),
    yearFrom: year.optional(),
    yearTo: year.optional(),
    note: z.string().optional(),
    // The other claims of the same disagreement (graph-data/disagreements.yaml), listed both ways.
    conflictsWith: z.array(slug).optional(),
    evidence: z.array(EvidenceSchema).min(1, "a relation needs at least one piece of evidence"),
  })
  .superRefine((r, ctx) => {
    if (r.amount !== undefined && r.unit === undefined) {
      ctx.addIssue({ code: "custom", path: ["unit"], message: "an amount needs a unit" });
    }
    if (r.yearFrom !== undefined && r.yearTo !== undefined && r.yearFrom > r.yearTo) {
      ctx.addIssue({ code: "custom", path: ["yearTo"], message: "yearTo is before yearFrom" });
    }
  });
export type Relation = z.infer<typeof RelationSchema>;

/**
 * Claims that disagree: two or more relations (each with its own document and quote) saying
 * different things about one disputed point. Each claim lists the others in `conflictsWith`.
 */
export const DisagreementSchema = z
  .strictObject({
    id: slug,
    kind: z.enum(DISAGREEMENT_KINDS),
    // What is disputed, in a short phrase of ours ("Length of the Kazakhstan–Russia border").
    about: z.string().min(8),
    claims: z.array(slug).min(2, "a disagreement links at least two claims"),
    // True when one document contradicts itself; the note then says where.
    sameDocument: z.boolean().optional(),
    note: z.string().min(1).optional(),
  })
  .superRefine((d, ctx) => {
    if (d.sameDocument && !d.note) {
      ctx.addIssue({ code: "custom", path: ["note"], message: "a document that contradicts itself needs a note" });
    }
  });
export type Disagreement = z.infer<typeof DisagreementSchema>;

export const DocumentsFileSchema = z.strictObject({ documents: z.array(DocumentSchema) });
export const EntitiesFileSchema = z.strictObject({ entities: z.array(EntitySchema) });
export const RelationsFileSchema = z.strictObject({ relations: z.array(RelationSchema) });
export const DisagreementsFileSchema = z.strictObject({ disagreements: z.array(DisagreementSchema) });

export interface KnowledgeBase {
  documents: SourceDocument[];
  entities: Entity[];
  relations: Relation[];
  /** Absent in a knowledge base without disagreements.yaml. */
  disagreements?: Disagreement[];
}
