// GET /api/routes?from=&to=&avoid=&maxHops=&limit=: diversification routes in the flow subgraph
// avoiding the given ids and named sets (default `russia-controlled`), ranked by bottleneck;
// without `to`, the best route to every destination the flows from `from` reach.
import type { Router } from "express";
import { z } from "zod";
import type { AppContext } from "./context.ts";
import { csvList, entityId, intParam, parse } from "./parse.ts";
import { clientOf } from "./costLimit.ts";
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
    await requireEntities(ctx, { from: q.from, ...(q.to ? { to: q.to } : {}) });
    const catalog = await ctx.catalogs.get();
    await sendRemembered(res, catalog, `routes:${JSON.stringify(q)}`, () => {
      // Without a destination, one search per reachable destination.
      ctx.costs.charge(req, q.maxHops * (q.to ? 1 : 4));
      return ctx.work.run(clientOf(req), { kind: "routes", input: q });
    });
  });
}
