// GET /api/routes?from=&to=&avoid=&maxHops=&limit=: diversification routes in the flow subgraph
// avoiding the given ids and named sets (default `russia-controlled`), ranked by bottleneck;
// without `to`, the best route to every destination the flows from `from` reach.
import type { Router } from "express";
import { z } from "zod";
import { resolveAvoid } from "../graph/avoid.ts";
import { citationsOfPaths } from "../graph/evidence.ts";
import { diversificationRoutes, routesOut } from "../graph/routes.ts";
import type { AppContext } from "./context.ts";
import { csvList, entityId, intParam, parse } from "./parse.ts";
import { requireEntities } from "./require.ts";
import { sendRemembered } from "./send.ts";

const Query = z
  .strictObject({
    from: entityId.default("kazakhstan"),
    to: entityId.optional(),
    avoid: csvList.default(["russia-controlled"]),
    maxHops: intParam(1, 8, 6),
    limit: intParam(1, 100, 20),
  })
  .refine((q) => q.from !== q.to, { path: ["to"], message: "to must differ from from" });

export function routeRoutes(api: Router, ctx: AppContext): void {
  api.get("/routes", async (req, res) => {
    const q = parse(Query, req.query, "query");
    await requireEntities(ctx.store, { from: q.from, ...(q.to ? { to: q.to } : {}) });
    const catalog = await ctx.catalogs.get();
    await sendRemembered(res, catalog, `routes:${JSON.stringify(q)}`, async () => {
      const avoid = await resolveAvoid(ctx.store, q.avoid);
      const avoidLabel = q.avoid.join(" / ") || "nothing";
      const query = { ...q, avoid: avoid.ids, avoidLabel };
      const answer = q.to
        ? await diversificationRoutes(ctx.store, { ...query, to: q.to })
        : await routesOut(ctx.store, query);
      const documents = citationsOfPaths(answer.routes, ctx.store.documents);
      return { from: q.from, to: q.to ?? null, avoided: avoid.sets, ...answer, documents };
    });
  });
}
