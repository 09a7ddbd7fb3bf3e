// Search answers: entities whose names, aliases or acronyms match.
import { z } from "zod";

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

export const SearchAnswer = z.object({ query: z.string(), hits: z.array(SearchHit) });
export type SearchAnswer = z.infer<typeof SearchAnswer>;
