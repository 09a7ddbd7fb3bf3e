// Mounts every API route under /api on one router: the read endpoints, then the guards of the
// Cypher endpoints (JSON only, body limit, rate limit), the Cypher endpoints, and the 404 for
// anything else under /api. One flat router: each request matches paths once instead of
// entering a sub-router per module.
import { Router } from "express";
import type { AppContext } from "./context.ts";
import { cypherRoutes } from "./cypher.ts";
import { entityRoutes } from "./entities.ts";
import { unknownRoute } from "./errorHandler.ts";
import { exportRoutes } from "./export.ts";
import { graphRoutes } from "./graph.ts";
import { cypherRateLimit, requireJsonBody } from "./guards.ts";
import { healthRoutes } from "./health.ts";
import { jsonBody } from "./jsonBody.ts";
import { leverageRoutes } from "./leverage.ts";
import { metaRoutes } from "./meta.ts";
import { neighbourhoodRoutes } from "./neighbourhood.ts";
import { pathRoutes } from "./paths.ts";
import { queryListRoute, queryRunRoute } from "./queries.ts";
import { routeRoutes } from "./routes.ts";
import { searchRoutes } from "./search.ts";

type Mount = (api: Router, ctx: AppContext) => void;

const READ_ROUTES: Mount[] = [
  healthRoutes,
  metaRoutes,
  graphRoutes,
  searchRoutes,
  entityRoutes,
  neighbourhoodRoutes,
  pathRoutes,
  leverageRoutes,
  routeRoutes,
  exportRoutes,
  queryListRoute,
];

const CYPHER_ROUTES: Mount[] = [cypherRoutes, queryRunRoute];

export function apiRouter(ctx: AppContext): Router {
  const api = Router();
  for (const mount of READ_ROUTES) mount(api, ctx);
  api.post(
    ["/cypher", "/queries/:id"],
    cypherRateLimit(ctx.config),
    requireJsonBody,
    ...jsonBody(ctx.config.bodyLimit),
  );
  for (const mount of CYPHER_ROUTES) mount(api, ctx);
  api.use(unknownRoute);
  return api;
}
