// GET /api/paths?from=&to=&maxHops=&k=&avoid=&relTypes=: up to k simple paths, ranked by length
// then strength, each hop with its evidence (server/graph/paths.ts).
import type { Router } from "express";
import { z } from "zod";
import { RELATION_TYPE_NAMES } from "../../graph-data/schema/index.ts";
import type { AppContext } from "./context.ts";
import { csvList, entityId, intParam, parse } from "./parse.ts";
import { clientOf } from "./costLimit.ts";
import { requireEntities } from "./require.ts";
import { sendRemembered } from "./send.ts";

const Query = z
  .strictObject({
    from: entityId,
    to: entityId,
    maxHops: intParam(1, 6, 4),
    k: intParam(1, 50, 5),
    avoid: csvList.default([]),
    relTypes: csvList.pipe(z.array(z.enum(RELATION_TYPE_NAMES as [string, ...string[]]))).optional(),
  })
  .refine((q) => q.from !== q.to, { path: ["to"], message: "to must differ from from" });

export function pathRoutes(api: Router, ctx: AppContext): void {
  api.get("/paths", async (req, res) => {
    const q = parse(Query, req.query, "query");
    await requireEntities(ctx, { from: q.from, to: q.to });
    const catalog = await ctx.catalogs.get();
    await sendRemembered(res, catalog, `paths:${JSON.stringify(q)}`, () => {
      // Path enumeration grows with the hops and the paths asked for.
      ctx.costs.charge(req, q.maxHops * Math.ceil(q.k / 5));
      return ctx.work.run(clientOf(req), { kind: "paths", input: q });
    });
  });
}
