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

/** One operator of an EXPLAIN / PROFILE plan (Neo4j's plan description; `rows` under PROFILE). */
export interface CypherPlan {
  operator: string;
  details: string;
  identifiers: string[];
  children: CypherPlan[];
  rows?: number;
}
export const CypherPlan: z.ZodType<CypherPlan> = z.lazy(() =>
  z.object({
    operator: z.string(),
    details: z.string(),
    identifiers: z.array(z.string()),
    children: z.array(CypherPlan),
    rows: z.number().optional(),
  }),
);

export const CypherAnswer = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  graph: Subgraph,
  /** Present for `EXPLAIN` and `PROFILE` queries. */
  plan: CypherPlan.optional(),
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
