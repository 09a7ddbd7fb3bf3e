// POST /api/cypher {query, params}: read-only Cypher on the store under the configured time and
// row limits; answers {columns, rows, graph: {nodes, edges}}. Errors carry the engine's code
// and source position (line, column). Deterministic queries are cached per store generation.
import type { Router } from "express";
import { z } from "zod";
import type { AppContext } from "./context.ts";
import { parse } from "./parse.ts";
import { sendRemembered } from "./send.ts";

// Read-only Cypher on one store generation is deterministic unless it asks for randomness or
// the clock; only such queries are answered from the per-generation cache.
const NON_DETERMINISTIC = /\b(rand|randomUUID|timestamp|datetime|localdatetime|date|time|localtime|duration)\s*\(/i;

export const CypherBody = z.strictObject({
  query: z.string().trim().min(1, "query must not be empty").max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
});

export function cypherRoutes(api: Router, ctx: AppContext): void {
  api.post("/cypher", async (req, res) => {
    const body = parse(CypherBody, req.body, "body");
    const run = () => ctx.store.cypher(body.query, body.params, ctx.config.cypher);
    if (NON_DETERMINISTIC.test(body.query) || body.query.length > 4000) {
      res.json(await run());
      return;
    }
    await sendRemembered(res, await ctx.catalogs.get(), `cypher:${JSON.stringify([body.query, body.params])}`, run);
  });
}
