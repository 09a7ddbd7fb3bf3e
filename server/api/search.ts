// GET /api/search?q=&limit=&types=&evidence=: ranked entity search by name (server/search/searchIndex.ts)
// and evidence search over quotes, notes and descriptions, grouped by entity and relation
// (server/search/evidenceIndex.ts), with the citations of the documents quoted.
import type { Router } from "express";
import { z } from "zod";
import { ENTITY_TYPES } from "../../graph-data/schema/index.ts";
import { citationsOf } from "../graph/evidence.ts";
import type { AppContext } from "./context.ts";
import { csvList, intParam, parse } from "./parse.ts";
import { sendRemembered } from "./send.ts";

const Query = z.strictObject({
  q: z.string().trim().min(1, "q must not be empty").max(200),
  limit: intParam(1, 100, 10),
  types: csvList.pipe(z.array(z.enum(ENTITY_TYPES))).optional(),
  // Quotes, notes and descriptions too (the default); `evidence=false` searches names only.
  evidence: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
});

export function searchRoutes(api: Router, ctx: AppContext): void {
  api.get("/search", async (req, res) => {
    const q = parse(Query, req.query, "query");
    const catalog = await ctx.catalogs.get();
    await sendRemembered(res, catalog, `search:${JSON.stringify(q)}`, async () => {
      const evidence = q.evidence ? catalog.evidence.search(q.q, q.limit) : { entities: [], relations: [] };
      const quoted = [...evidence.entities, ...evidence.relations].flatMap((h) => h.passages.map((p) => p.document));
      return {
        query: q.q,
        hits: catalog.search.search(q.q, q.limit, q.types),
        evidence,
        documents: citationsOf(
          quoted.filter((d): d is string => d !== undefined),
          ctx.store.documents,
        ),
      };
    });
  });
}
