// POST /api/cypher {query, params}: read-only Cypher on the store under the configured time and
// row limits; answers {columns, rows, graph: {nodes, edges}}. Errors carry the engine's code
// and source position (line, column).
import { Router } from "express";
import { z } from "zod";
import type { AppContext } from "./context.ts";
import { parse } from "./parse.ts";

export const CypherBody = z.strictObject({
  query: z.string().trim().min(1, "query must not be empty").max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
});

export function cypherRoutes(ctx: AppContext): Router {
  return Router().post("/cypher", async (req, res) => {
    const body = parse(CypherBody, req.body, "body");
    res.json(await ctx.store.cypher(body.query, body.params, ctx.config.cypher));
  });
}
