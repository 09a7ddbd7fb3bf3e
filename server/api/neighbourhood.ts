// GET /api/neighbourhood?ids=&depth=&types=&relTypes=&from=&to=: the subgraph within `depth`
// hops of the given entities, through relationships of the given types whose years overlap
// [from, to] and into entities of the given types (the seeds are always included).
import type { Router } from "express";
import { z } from "zod";
import { ENTITY_TYPES, RELATION_TYPE_NAMES } from "../../graph-data/schema/index.ts";
import type { AppContext } from "./context.ts";
import { csvList, idList, intParam, parse, yearParam } from "./parse.ts";
import { clientOf } from "./costLimit.ts";
import { requireEntities } from "./require.ts";
import { sendRemembered } from "./send.ts";

export const NeighbourhoodQuery = z
  .strictObject({
    ids: idList.pipe(z.array(z.string()).min(1, "give at least one id").max(50)),
    depth: intParam(1, 3, 1),
    types: csvList.pipe(z.array(z.enum(ENTITY_TYPES))).optional(),
    relTypes: csvList.pipe(z.array(z.enum(RELATION_TYPE_NAMES as [string, ...string[]]))).optional(),
    from: yearParam,
    to: yearParam,
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    path: ["to"],
    message: "to is before from",
  });

export function neighbourhoodRoutes(api: Router, ctx: AppContext): void {
  api.get("/neighbourhood", async (req, res) => {
    const q = parse(NeighbourhoodQuery, req.query, "query");
    await requireEntities(ctx, { ids: q.ids });
    const catalog = await ctx.catalogs.get();
    await sendRemembered(res, catalog, `neighbourhood:${JSON.stringify(q)}`, () => {
      ctx.costs.charge(req, q.depth * Math.ceil(q.ids.length / 10));
      return ctx.work.run(clientOf(req), { kind: "neighbourhood", input: q });
    });
  });
}
