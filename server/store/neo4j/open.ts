// Connects to Neo4j, loads graph-data/ into it idempotently (server/store/neo4j/load.ts) and
// returns the store serving from it.
import neo4j from "neo4j-driver";
import type { KnowledgeBase } from "../../../graph-data/schema/index.ts";
import type { Neo4jConfig } from "../../config.ts";
import { loadIntoNeo4j } from "./load.ts";
import { Neo4jStore } from "./store.ts";

export async function openNeo4jStore(config: Neo4jConfig, kb: KnowledgeBase, load = true): Promise<Neo4jStore> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  await driver.verifyConnectivity({ database: config.database });
  if (load) await loadIntoNeo4j(driver, kb, config.database);
  const store = new Neo4jStore(driver, kb.documents, config.database);
  await store.refreshEndpoints();
  return store;
}
