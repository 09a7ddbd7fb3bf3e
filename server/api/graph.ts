// GET /api/graph: the whole knowledge graph as {nodes, edges} for the client's first draw.
import type { Router } from "express";
import { z } from "zod";
import type { AppContext } from "./context.ts";
import { parse } from "./parse.ts";
import { sendRemembered } from "./send.ts";

const Query = z.strictObject({});

export function graphRoutes(api: Router, ctx: AppContext): void {
  api.get("/graph", async (req, res) => {
    parse(Query, req.query, "query");
    const catalog = await ctx.catalogs.get();
    const { snapshot, generation } = catalog;
    await sendRemembered(res, catalog, "graph", async () => ({
      generation,
      nodes: snapshot.nodes,
      edges: snapshot.edges,
    }));
  });
}
