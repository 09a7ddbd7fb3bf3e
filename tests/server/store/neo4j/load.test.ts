// Loading graph-data/ into a real Neo4j twice leaves the same graph (idempotent load).
// Runs only where NEO4J_URI points at a Neo4j; elsewhere the suite says why it is skipped.
import { describe, it, expect, afterAll } from "vitest";
import neo4j from "neo4j-driver";
import { loadIntoNeo4j } from "../../../../server/store/neo4j/load.ts";
import { loadKnowledgeBase } from "../../../../graph-data/load.ts";

const uri = process.env.NEO4J_URI;
if (!uri) console.info("NEO4J_URI is not set: the Neo4j load tests are skipped");

describe.skipIf(!uri)("loadIntoNeo4j", () => {
  const driver = uri
    ? neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""))
    : undefined;
  const database = process.env.NEO4J_DATABASE || undefined;
  afterAll(() => driver?.close());

  it("loads every entity and relation, and a second run changes nothing", async () => {
    const kb = loadKnowledgeBase();
    const first = await loadIntoNeo4j(driver!, kb, database);
    expect(first).toEqual({ nodes: kb.entities.length, relationships: kb.relations.length });
    const second = await loadIntoNeo4j(driver!, kb, database);
    expect(second).toEqual(first);
    const { records } = await driver!.executeQuery(
      "MATCH (n:State {id: 'kazakhstan'}) RETURN n.name AS name, n.aliases AS aliases",
      {},
      { database },
    );
    expect(records[0]?.get("name")).toBe("Kazakhstan");
  });
});
