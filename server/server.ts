// Assembles a running server from a config and a knowledge base: store, catalog, saved queries,
// Express app, HTTP listener. main.ts and the tests both start servers through here.
import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { KnowledgeBase } from "../graph-data/schema/index.ts";
import type { Config } from "./config.ts";
import { createApp } from "./app.ts";
import { CostLimiter } from "./api/costLimit.ts";
import { CatalogCache } from "./catalog.ts";
import { createLogger } from "./logger.ts";
import { QueryRegistry } from "./queries/registry.ts";
import { createStore } from "./store/create.ts";
import type { GraphStore } from "./store/types.ts";
import { createWork } from "./work/index.ts";

export interface RunningServer {
  url: string;
  store: GraphStore;
  server: Server;
  close(): Promise<void>;
}

/**
 * Slow or idle connections cannot pile up: a request head must arrive within headersTimeout and
 * the whole request within requestTimeout, idle keep-alive sockets close, and past maxConnections
 * new sockets are refused, so descriptors stay bounded whatever clients do.
 */
function createHttpServer(app: RequestListener, config: Config): Server {
  const { headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs, maxConnections } = config.http;
  const server = createServer(
    {
      headersTimeout: headersTimeoutMs,
      requestTimeout: Math.max(requestTimeoutMs, headersTimeoutMs),
      keepAliveTimeout: keepAliveTimeoutMs,
      // Node checks both timeouts on this period (30 s by default): often enough for short limits.
      connectionsCheckingInterval: Math.min(1000, Math.ceil(headersTimeoutMs / 4)),
    },
    app,
  );
  // No per-socket request cap: past it Node answers 503 to a client that keeps the socket (as load
  // generators and some proxies do); idle and slow sockets are bounded by the timeouts above.
  server.maxConnections = maxConnections;
  return server;
}

export async function startServer(config: Config, kb: KnowledgeBase, store?: GraphStore): Promise<RunningServer> {
  const logger = createLogger(config);
  const graphStore =
    store ??
    (await createStore(config, kb, (dangling) =>
      logger.warn({ dangling }, "relationships to unknown entities left out"),
    ));
  const ctx = {
    store: graphStore,
    catalogs: new CatalogCache(graphStore, config.answerCacheBytes),
    queries: await QueryRegistry.load(),
    config,
    work: createWork(config, graphStore, (err) => logger.warn({ err }, "a pool worker failed between tasks")),
    costs: new CostLimiter(config.rateLimit.windowMs, config.rateLimit.analysisPoints),
  };
  // Requests are accepted once the workers are up, so the first ones do not spend their time
  // limit waiting for the pool to start.
  await ctx.work.ready();
  const app = createApp(ctx, logger);
  const server = createHttpServer(app, config);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  logger.info({ url: `http://${host}:${port}`, store: graphStore.kind }, "listening");
  return {
    url: `http://${host}:${port}`,
    store: graphStore,
    server,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ctx.work.close();
      await graphStore.close();
    },
  };
}
