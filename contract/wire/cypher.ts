// Cypher answers (ad hoc and saved queries) and the saved-query list. Row values stay loose:
// a cell may hold any Cypher value (nodes, relationships and paths as `kind`-tagged objects).
import { z } from "zod";
import { Subgraph } from "./common.ts";

export const CypherNode = z.object({
  kind: z.literal("node"),
  id: z.string(),
  labels: z.array(z.string()),
  properties: z.record(z.string(), z.unknown()),
});
export const CypherRelationship = z.object({
  kind: z.literal("relationship"),
  id: z.string(),
  type: z.string(),
  start: z.string(),
  end: z.string(),
  properties: z.record(z.string(), z.unknown()),
});

export const CypherAnswer = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  graph: Subgraph,
});
export type CypherAnswer = z.infer<typeof CypherAnswer>;

export const SavedQueryAnswer = CypherAnswer.extend({ query: z.string(), params: z.record(z.string(), z.unknown()) });

/** A saved query with the JSON Schema of its parameters (derived from its zod schema on the server). */
export const SavedQueryInfo = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().optional(),
  parameters: z.record(z.string(), z.unknown()),
  cypher: z.string(),
});
export const SavedQueryList = z.object({ queries: z.array(SavedQueryInfo) });
export type SavedQueryList = z.infer<typeof SavedQueryList>;

export const ErrorAnswer = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
export type ErrorAnswer = z.infer<typeof ErrorAnswer>;
