// GET /api/health: liveness plus which store answers; it touches the store so a lost Neo4j
// connection shows here rather than on the first analyst query.
import type { Router } from "express";
import { z } from "zod";
import type { AppContext } from "./context.ts";
import { parse } from "./parse.ts";

const Query = z.strictObject({});

export function healthRoutes(api: Router, ctx: AppContext): void {
  api.get("/health", async (req, res) => {
    parse(Query, req.query, "query");
    // A lookup of an id no entity has: it touches the store without depending on the data.
    await ctx.store.node("health-check");
    res.json({ status: "ok", store: ctx.store.kind, generation: ctx.store.generation });
  });
}
