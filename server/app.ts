// Builds the Express application around a store: security headers, CORS (closed unless
// CORS_ORIGINS lists origins), request logs, the API under /api, the client (or an index page
// listing the API) at /, and the error middleware. No listening here: see main.ts / listen().
import express, { type Express } from "express";
import cors from "cors";
import helmet from "helmet";
import type { Logger } from "pino";
import type { AppContext } from "./api/context.ts";
import { apiRouter } from "./api/router.ts";
import { errorHandler, unknownRoute } from "./api/errorHandler.ts";
import { clientRoutes } from "./client.ts";
import { requestLog } from "./requestLog.ts";

export function createApp(ctx: AppContext, logger: Logger): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  // The explorer is often served over plain HTTP (docker compose on a LAN address): upgrading its
  // asset requests to HTTPS or pinning HSTS there would break the page, so both are left to a TLS proxy.
  app.use(
    helmet({
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
      strictTransportSecurity: false,
    }),
  );
  if (ctx.config.corsOrigins.length) app.use(cors({ origin: ctx.config.corsOrigins }));
  const log = requestLog(logger);
  if (log) app.use(log);
  app.use("/api", apiRouter(ctx));
  app.use(clientRoutes());
  app.use(unknownRoute);
  app.use(errorHandler(logger));
  return app;
}
