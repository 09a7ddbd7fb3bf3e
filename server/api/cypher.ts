// POST /api/cypher {query, params}: read-only Cypher on the store under the configured time, row
// and size limits, run off the event loop (server/work/); answers {columns, rows, graph: {nodes,
// edges}}. Errors carry the engine's code and source position (line, column). Queries that call
// no clock or random function are cached per store generation.
import type { Router } from "express";
import { z } from "zod";
import type { CypherAnswer } from "../work/answers.ts";
import type { AppContext } from "./context.ts";
import { clientOf } from "./costLimit.ts";
import { parse } from "./parse.ts";
import { sendRemembered } from "./send.ts";
import { stableKey } from "./jsonBody.ts";

export const CypherBody = z.strictObject({
  query: z.string().trim().min(1, "query must not be empty").max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
});

export function cypherRoutes(api: Router, ctx: AppContext): void {
  api.post("/cypher", async (req, res) => {
    const body = parse(CypherBody, req.body, "body");
    // A hit keeps the entry; a computed answer says for itself whether it may be kept.
    let cacheable = true;
    const run = async () => {
      const answer = (await ctx.work.run(clientOf(req), {
        kind: "cypher",
        input: { query: body.query, params: body.params, limits: ctx.config.cypher },
      })) as CypherAnswer;
      cacheable = answer.cacheable;
      return answer.outcome;
    };
    // Long query texts would make long keys for answers rarely asked twice.
    if (body.query.length > 4000) {
      res.json(await run());
      return;
    }
    const key = `cypher:${stableKey([body.query, body.params])}`;
    await sendRemembered(res, await ctx.catalogs.get(), key, run, () => cacheable);
  });
}
