// Connects to Neo4j, loads graph-data/ into it idempotently (the lead's load.ts when present,
// else ingest.ts) and returns the store serving from it.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import neo4j, { type Driver } from "neo4j-driver";
import type { KnowledgeBase } from "../../../graph-data/schema/index.ts";
import type { Neo4jConfig } from "../../config.ts";
import { Neo4jStore } from "./store.ts";

type Loader = (driver: Driver, kb: KnowledgeBase, database?: string) => Promise<void>;

async function loader(): Promise<Loader> {
  const here = dirname(fileURLToPath(import.meta.url));
  if (existsSync(join(here, "load.ts"))) {
    // A computed specifier: load.ts is owned by another engineer and may not exist yet.
    const mod = (await import([".", "load.ts"].join("/"))) as { loadIntoNeo4j?: Loader };
    if (mod.loadIntoNeo4j) return mod.loadIntoNeo4j;
  }
  return (await import("./ingest.ts")).loadIntoNeo4j;
}

export async function openNeo4jStore(config: Neo4jConfig, kb: KnowledgeBase, load = true): Promise<Neo4jStore> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  await driver.verifyConnectivity({ database: config.database });
  if (load) await (await loader())(driver, kb, config.database);
  const store = new Neo4jStore(driver, kb.documents, config.database);
  await store.refreshEndpoints();
  return store;
}
