// GET /api/leverage?controller=&dependent=&limit=: ranked leverage paths of a controller over a
// dependent, each with the factors that make its score (server/graph/leverage.ts).
import type { Router } from "express";
import { z } from "zod";
import type { AppContext } from "./context.ts";
import { entityId, intParam, parse } from "./parse.ts";
import { clientOf } from "./costLimit.ts";
import { requireEntities } from "./require.ts";
import { sendRemembered } from "./send.ts";

const Query = z
  .strictObject({
    controller: entityId.default("russia"),
    dependent: entityId.default("kazakhstan"),
    limit: intParam(1, 500, 100),
  })
  .refine((q) => q.controller !== q.dependent, {
    path: ["dependent"],
    message: "dependent must differ from controller",
  });

export function leverageRoutes(api: Router, ctx: AppContext): void {
  api.get("/leverage", async (req, res) => {
    const q = parse(Query, req.query, "query");
    await requireEntities(ctx, { controller: q.controller, dependent: q.dependent });
    const catalog = await ctx.catalogs.get();
    await sendRemembered(res, catalog, `leverage:${JSON.stringify(q)}`, () => {
      // Four searches of up to 6 hops whatever the limit; the limit only trims the ranking.
      ctx.costs.charge(req, 8);
      return ctx.work.run(clientOf(req), { kind: "leverage", input: q });
    });
  });
}
