// Runs the store contract against Neo4j when NEO4J_URI is set. The database named by
// NEO4J_DATABASE is emptied first and loaded with the fixture: point it at a scratch database.
import { describe, it } from "vitest";
import neo4j from "neo4j-driver";
import { loadKnowledgeBase } from "../../../graph-data/load.ts";
import { loadConfig } from "../../../server/config.ts";
import { openNeo4jStore } from "../../../server/store/neo4j/open.ts";
import { FIXTURE_KB } from "../../helpers/server.ts";
import { storeContract } from "./contract.ts";

const config = loadConfig();

if (config.neo4j) {
  const settings = config.neo4j;
  storeContract("neo4j", async () => {
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
    await driver.executeQuery("MATCH (n) DETACH DELETE n", {}, { database: settings.database });
    await driver.close();
    return openNeo4jStore(settings, loadKnowledgeBase(FIXTURE_KB));
  });
} else {
  describe("GraphStore contract: neo4j", () => {
    it.skip("runs only where NEO4J_URI is set", () => {});
  });
}
