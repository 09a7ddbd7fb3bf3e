// GET /api/queries lists the saved analyst queries with their parameter schemas;
// POST /api/queries/:id {params} parses the params with the query's own schema and runs it.
import type { Router } from "express";
import { z } from "zod";
import { NotFoundError } from "../errors.ts";
import type { AppContext } from "./context.ts";
import { parse } from "./parse.ts";
import { sendRemembered } from "./send.ts";
import { clientOf } from "./costLimit.ts";
import { stableKey } from "./jsonBody.ts";
import type { CypherAnswer } from "../work/answers.ts";

const Params = z.strictObject({ id: z.string().min(1).max(100) });
const Body = z.strictObject({ params: z.record(z.string(), z.unknown()).default({}) });

const ListQuery = z.strictObject({});

export function queryListRoute(api: Router, ctx: AppContext): void {
  api.get("/queries", (req, res) => {
    parse(ListQuery, req.query, "query");
    res.json({ queries: ctx.queries.list() });
  });
}

/** Mounted behind the Cypher endpoint's guards (router.ts). */
export function queryRunRoute(api: Router, ctx: AppContext): void {
  api.post("/queries/:id", async (req, res) => {
    const { id } = parse(Params, req.params, "params");
    const saved = ctx.queries.get(id);
    if (!saved) throw new NotFoundError("query", id);
    const { params: raw } = parse(Body, req.body, "body");
    const params = parse(saved.descriptor.params, raw, "body");
    // Saved queries are deterministic, so their answers are cached per store generation.
    await sendRemembered(res, await ctx.catalogs.get(), `query:${id}:${stableKey(params)}`, async () => {
      const answer = (await ctx.work.run(clientOf(req), {
        kind: "cypher",
        input: { query: saved.text, params, limits: ctx.config.cypher },
      })) as CypherAnswer;
      return { query: id, params, ...answer.outcome };
    });
  });
}
