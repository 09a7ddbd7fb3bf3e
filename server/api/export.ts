// GET /api/export?format=graphml|gexf|json|csv|svg with one selection: `ids=` (those entities and
// the relationships among them), `center=&depth=` (a neighbourhood) or `query=<saved id>` plus
// that query's parameters as further keys. Answers a download with the right Content-Type.
// The selection is computed in the worker pool and charged to the client's analysis budget;
// the rendered file is cached per store generation, so a repeated export costs a lookup.
import type { Request, Router } from "express";
import { z } from "zod";
import { InvalidInputError, NotFoundError } from "../errors.ts";
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES } from "../export/formats.ts";
import type { Subgraph } from "../store/types.ts";
import type { AppContext } from "./context.ts";
import { entityId, idList, intParam, parse } from "./parse.ts";
import { requireEntities } from "./require.ts";
import { clientOf } from "./costLimit.ts";
import { stableKey } from "./jsonBody.ts";
import type { CypherAnswer } from "../work/answers.ts";

const Query = z
  .object({
    format: z.enum(EXPORT_FORMAT_NAMES),
    part: z.enum(["nodes", "edges"]).default("edges"),
    ids: idList.pipe(z.array(z.string()).max(500)).optional(),
    center: entityId.optional(),
    depth: intParam(1, 3, 1),
    query: z.string().min(1).max(100).optional(),
  })
  // Keys beyond these are the saved query's parameters; they are parsed by its own schema.
  .catchall(z.string())
  .superRefine((q, ctx) => {
    const chosen = [q.ids, q.center, q.query].filter((x) => x !== undefined).length;
    if (chosen !== 1)
      ctx.addIssue({ code: "custom", path: ["ids"], message: "give exactly one of ids, center or query" });
  });

type ExportQuery = z.output<typeof Query>;

/** Checks the selection and returns how to compute it (validation errors come before any charge). */
async function selection(ctx: AppContext, req: Request, q: ExportQuery): Promise<() => Promise<Subgraph>> {
  const client = clientOf(req);
  const neighbourhood = (ids: string[], depth: number) => () =>
    ctx.work.run(client, { kind: "neighbourhood", input: { ids, depth } }) as Promise<Subgraph>;
  if (q.ids) {
    await requireEntities(ctx, { ids: q.ids });
    return neighbourhood(q.ids, 0);
  }
  if (q.center) {
    await requireEntities(ctx, { center: q.center });
    return neighbourhood([q.center], q.depth);
  }
  const saved = ctx.queries.get(q.query!);
  if (!saved) throw new NotFoundError("query", q.query!);
  const { format: _f, part: _p, ids: _i, center: _c, depth: _d, query: _q, ...rest } = q;
  const params = parse(saved.descriptor.params, rest, "query");
  return () => savedQueryGraph(ctx, client, saved.text, params);
}

async function savedQueryGraph(ctx: AppContext, client: string, query: string, params: Record<string, unknown>) {
  const answer = (await ctx.work.run(client, {
    kind: "cypher",
    input: { query, params, limits: ctx.config.cypher },
  })) as CypherAnswer;
  const { graph } = answer.outcome;
  if (!graph.nodes.length)
    throw InvalidInputError.field("query", "the saved query returned no nodes or relationships to export");
  return graph;
}

export function exportRoutes(api: Router, ctx: AppContext): void {
  api.get("/export", async (req, res) => {
    const q = parse(Query, req.query, "query");
    const compute = await selection(ctx, req, q);
    const format = EXPORT_FORMATS[q.format];
    const catalog = await ctx.catalogs.get();
    const body = await catalog.remember(`export:${stableKey(q)}`, async () => {
      ctx.costs.charge(req, q.center ? q.depth * 2 : 2);
      return format.render(await compute(), ctx.store.documents, q.part);
    });
    const name = `kz-leverage-${q.query ?? q.center ?? "selection"}${q.format === "csv" ? `-${q.part}` : ""}.${format.extension}`;
    res
      .status(200)
      .type(format.contentType)
      .setHeader("Content-Disposition", `attachment; filename="${name}"`)
      .send(body);
  });
}
