// Mounts every API route under /api: the read endpoints, then the Cypher endpoints behind the
// JSON guard and the rate limiter, then the 404 for anything else under /api.
import express, { Router } from "express";
import type { AppContext } from "./context.ts";
import { cypherRoutes } from "./cypher.ts";
import { entityRoutes } from "./entities.ts";
import { unknownRoute } from "./errorHandler.ts";
import { exportRoutes } from "./export.ts";
import { graphRoutes } from "./graph.ts";
import { cypherRateLimit, requireJsonBody } from "./guards.ts";
import { healthRoutes } from "./health.ts";
import { leverageRoutes } from "./leverage.ts";
import { metaRoutes } from "./meta.ts";
import { neighbourhoodRoutes } from "./neighbourhood.ts";
import { pathRoutes } from "./paths.ts";
import { queryRoutes } from "./queries.ts";
import { routeRoutes } from "./routes.ts";
import { searchRoutes } from "./search.ts";

export function apiRouter(ctx: AppContext): Router {
  const queries = queryRoutes(ctx);
  const limited = Router().use(
    cypherRateLimit(ctx.config),
    requireJsonBody,
    express.json({ limit: ctx.config.bodyLimit, strict: true, type: "application/json" }),
    cypherRoutes(ctx),
    queries.run,
  );
  return Router().use(
    healthRoutes(ctx),
    metaRoutes(ctx),
    graphRoutes(ctx),
    searchRoutes(ctx),
    entityRoutes(ctx),
    neighbourhoodRoutes(ctx),
    pathRoutes(ctx),
    leverageRoutes(ctx),
    routeRoutes(ctx),
    exportRoutes(ctx),
    queries.list,
    Router().post(["/cypher", "/queries/:id"], limited),
    unknownRoute,
  );
}
