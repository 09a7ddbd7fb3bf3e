// GET /api/search?q=&limit=&types=: ranked entity search (see server/search/searchIndex.ts).
import type { Router } from "express";
import { z } from "zod";
import { ENTITY_TYPES } from "../../graph-data/schema/index.ts";
import type { AppContext } from "./context.ts";
import { csvList, intParam, parse } from "./parse.ts";
import { sendRemembered } from "./send.ts";

const Query = z.strictObject({
  q: z.string().trim().min(1, "q must not be empty").max(200),
  limit: intParam(1, 100, 10),
  types: csvList.pipe(z.array(z.enum(ENTITY_TYPES))).optional(),
});

export function searchRoutes(api: Router, ctx: AppContext): void {
  api.get("/search", async (req, res) => {
    const q = parse(Query, req.query, "query");
    const catalog = await ctx.catalogs.get();
    await sendRemembered(res, catalog, `search:${JSON.stringify(q)}`, async () => ({
      query: q.q,
      hits: catalog.search.search(q.q, q.limit, q.types),
    }));
  });
}
