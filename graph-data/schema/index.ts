// The one zod model of the knowledge base: documents, entities, relations and their evidence.
// The checker, the loaders of both stores and the server all parse graph-data/ through these
// schemas, so a shape change happens here and nowhere else.
import { z } from "zod";
import { ENTITY_TYPES, INFRASTRUCTURE_SUBTYPES, PLACE_SUBTYPES, RELATION_TYPE_NAMES, THEMES } from "./vocabulary.ts";

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
  })
  .superRefine((e, ctx) => {
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
    // Relations that make a different claim about the same fact (another document's figure).
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

export const DocumentsFileSchema = z.strictObject({ documents: z.array(DocumentSchema) });
export const EntitiesFileSchema = z.strictObject({ entities: z.array(EntitySchema) });
export const RelationsFileSchema = z.strictObject({ relations: z.array(RelationSchema) });

export interface KnowledgeBase {
  documents: SourceDocument[];
  entities: Entity[];
  relations: Relation[];
}
