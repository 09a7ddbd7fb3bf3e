// The store contract on the real Neo4j (tests/helpers/neo4j.ts): the database is emptied, the
// fixture loaded by the real loader, and the Neo4j store's Cypher, conversions of driver values
// and error mapping answer the same expectations as the embedded store.
import { loadKnowledgeBase } from "../../../graph-data/load.ts";
import { loadIntoNeo4j } from "../../../server/store/neo4j/load.ts";
import { Neo4jStore } from "../../../server/store/neo4j/store.ts";
import { describeNeo4j, emptyDatabase } from "../../helpers/neo4j.ts";
import { FIXTURE_KB } from "../../helpers/server.ts";
import { storeContract } from "./contract.ts";

describeNeo4j("Neo4j store on a real Neo4j", (db) => {
  storeContract("neo4j", async () => {
    const fixture = loadKnowledgeBase(FIXTURE_KB);
    const driver = db.driver();
    await emptyDatabase(driver, db.database);
    await loadIntoNeo4j(driver, fixture, db.database);
    const store = new Neo4jStore(driver, fixture.documents, db.database);
    await store.refreshEndpoints();
    return store;
  });
});
