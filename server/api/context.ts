// What every route handler receives: the store, the per-generation catalog, the saved-query
// registry and the parsed configuration. Built once in server/app.ts.
import type { Config } from "../config.ts";
import type { CatalogCache } from "../catalog.ts";
import type { QueryRegistry } from "../queries/registry.ts";
import type { GraphStore } from "../store/types.ts";

export interface AppContext {
  store: GraphStore;
  catalogs: CatalogCache;
  queries: QueryRegistry;
  config: Config;
}
