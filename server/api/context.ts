// What every route handler receives: the store, the per-generation catalog, the saved-query
// registry, the parsed configuration and the worker pool. Built once in server/app.ts.
import type { Config } from "../config.ts";
import type { CostLimiter } from "./costLimit.ts";
import type { CatalogCache } from "../catalog.ts";
import type { QueryRegistry } from "../queries/registry.ts";
import type { GraphStore } from "../store/types.ts";
import type { Work } from "../work/index.ts";

export interface AppContext {
  store: GraphStore;
  catalogs: CatalogCache;
  queries: QueryRegistry;
  config: Config;
  /** Runs the work that can grow (Cypher, paths, leverage, routes, neighbourhoods) off the event loop. */
  work: Work;
  /** The per-client budget of the expensive GET endpoints. */
  costs: CostLimiter;
}
