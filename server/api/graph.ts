// GET /api/graph: the whole knowledge graph as {nodes, edges} for the client's first draw.
import { Router } from "express";
import { z } from "zod";
import type { AppContext } from "./context.ts";
import { parse } from "./parse.ts";

const Query = z.strictObject({});

export function graphRoutes(ctx: AppContext): Router {
  return Router().get("/graph", async (req, res) => {
    parse(Query, req.query, "query");
    const { snapshot, generation } = await ctx.catalogs.get();
    res.json({ generation, nodes: snapshot.nodes, edges: snapshot.edges });
  });
}
