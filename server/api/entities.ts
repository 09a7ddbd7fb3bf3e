// GET /api/entities/:id: the entity page (server/views/entityPage.ts); 404 for an unknown id.
import type { Router } from "express";
import { z } from "zod";
import { NotFoundError } from "../errors.ts";
import { entityPage } from "../views/entityPage.ts";
import type { AppContext } from "./context.ts";
import { entityId, parse } from "./parse.ts";
import { sendRemembered } from "./send.ts";

const Params = z.strictObject({ id: entityId });
const Query = z.strictObject({});

export function entityRoutes(api: Router, ctx: AppContext): void {
  api.get("/entities/:id", async (req, res) => {
    const { id } = parse(Params, req.params, "params");
    parse(Query, req.query, "query");
    const catalog = await ctx.catalogs.get();
    await sendRemembered(res, catalog, `entity:${id}`, async () => {
      const node = await ctx.store.node(id);
      if (!node) throw new NotFoundError("entity", id);
      return entityPage(node, await ctx.store.incident(id), (e) => catalog.edges.get(e), ctx.store.documents);
    });
  });
}
