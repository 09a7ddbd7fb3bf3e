// Assembles a running server from a config and a knowledge base: store, catalog, saved queries,
// Express app, HTTP listener. main.ts and the tests both start servers through here.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { KnowledgeBase } from "../graph-data/schema/index.ts";
import type { Config } from "./config.ts";
import { createApp } from "./app.ts";
import { CatalogCache } from "./catalog.ts";
import { createLogger } from "./logger.ts";
import { QueryRegistry } from "./queries/registry.ts";
import { createStore } from "./store/create.ts";
import type { GraphStore } from "./store/types.ts";

export interface RunningServer {
  url: string;
  store: GraphStore;
  server: Server;
  close(): Promise<void>;
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
    catalogs: new CatalogCache(graphStore),
    queries: await QueryRegistry.load(),
    config,
  };
  const app = createApp(ctx, logger);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.port, config.host, (err?: Error) => (err ? reject(err) : resolve(s)));
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
      await graphStore.close();
    },
  };
}
