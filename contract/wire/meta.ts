// Health and meta: which store answers, counts, the documents, the vocabularies and year range.
import { z } from "zod";

export const Health = z.object({ status: z.literal("ok"), store: z.string(), generation: z.number() });

export const SourceDocument = z.object({
  id: z.string(),
  file: z.string().optional(),
  title: z.string(),
  kind: z.string().optional(),
  author: z.string().optional(),
  publisher: z.string().optional(),
  date: z.string().optional(),
  language: z.string().optional(),
  url: z.string().optional(),
});
export type SourceDocument = z.infer<typeof SourceDocument>;

const Described = z.object({ id: z.string(), description: z.string() });
const Callable = z.object({ name: z.string(), signature: z.string() });

export const Meta = z.object({
  store: z.string(),
  generation: z.number(),
  counts: z.object({
    nodes: z.number(),
    relationships: z.number(),
    byLabel: z.record(z.string(), z.number()),
    byType: z.record(z.string(), z.number()),
  }),
  documents: z.array(SourceDocument),
  entityTypes: z.array(z.string()),
  entityLabel: z.string(),
  themes: z.array(z.string()),
  relationTypes: z.array(
    z.object({ type: z.string(), description: z.string(), family: z.enum(["dependence", "control", "flow", "other"]) }),
  ),
  years: z.object({ min: z.number().nullable(), max: z.number().nullable() }),
  namedSets: z.array(Described),
  leverageKinds: z.array(Described),
  /** The Cypher engine catalog's functions (one per name) and procedures, for the console's completion. */
  cypher: z.object({
    functions: z.array(Callable),
    procedures: z.array(Callable.extend({ returnItems: z.array(Callable) })),
  }),
});
export type Meta = z.infer<typeof Meta>;
