// The loader on the real Neo4j: the whole knowledge base loads, a second run changes nothing,
// and what the files no longer hold is pruned while what changed is updated (even an entity's
// type, which is a new node under the unique Entity.id constraint).
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { loadKnowledgeBase } from "../../../../graph-data/load.ts";
import { loadIntoNeo4j } from "../../../../server/store/neo4j/load.ts";
import { Neo4jStore } from "../../../../server/store/neo4j/store.ts";
import { describeNeo4j, emptyDatabase } from "../../../helpers/neo4j.ts";
import { FIXTURE_KB } from "../../../helpers/server.ts";
import { toGraphRecords } from "../../../../server/store/records.ts";

// Each test loads the knowledge base twice into a real Neo4j: tens of seconds on a busy machine.
const LOAD_TIMEOUT_MS = 120_000;

/** Nodes and relationships the loader writes: entities and documents, relations, mentions and derived dependences. */
const recordCounts = (kb: Parameters<typeof toGraphRecords>[0]) => {
  const r = toGraphRecords(kb);
  return { nodes: r.nodes.length, relationships: r.relationships.length };
};

describeNeo4j("loadIntoNeo4j on a real Neo4j", (db) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = db.driver();
    await emptyDatabase(driver, db.database);
  });
  afterAll(() => driver?.close());

  const snapshot = async (documents: ReturnType<typeof loadKnowledgeBase>["documents"]) => {
    const store = new Neo4jStore(driver, documents, db.database);
    await store.refreshEndpoints();
    return store.snapshot();
  };

  it(
    "loads the whole knowledge base, and a second run changes nothing",
    async () => {
      const kb = loadKnowledgeBase();
      const first = await loadIntoNeo4j(driver, kb, db.database);
      expect(first).toEqual(recordCounts(kb));
      expect(first.nodes).toBe(kb.entities.length + kb.documents.length);
      const before = await snapshot(kb.documents);
      expect(await loadIntoNeo4j(driver, kb, db.database)).toEqual(first);
      expect(await snapshot(kb.documents)).toEqual(before);
      const { records } = await driver.executeQuery(
        "MATCH (n:State {id: 'kazakhstan'}) RETURN n.name AS name",
        {},
        { database: db.database },
      );
      expect(records[0]?.get("name")).toBe("Kazakhstan");
      const mentioned = await driver.executeQuery(
        "MATCH (:Document {id: 'brief-sanctions'})-[:MENTIONS]->(e:Entity) RETURN count(e) AS n",
        {},
        { database: db.database },
      );
      const expected = kb.entities.filter((e) => e.mentions.includes("brief-sanctions")).length;
      expect(Number(mentioned.records[0]?.get("n"))).toBe(expected);
    },
    LOAD_TIMEOUT_MS,
  );

  it(
    "prunes what the knowledge base no longer holds and updates what changed",
    async () => {
      const fixture = loadKnowledgeBase(FIXTURE_KB);
      await loadIntoNeo4j(driver, fixture, db.database);
      const gone = fixture.relations[0]!;
      const renamed = { ...fixture.entities[0]!, name: "Renamed" };
      const retyped = { ...fixture.entities[1]!, type: "Place" as const };
      const smaller = {
        ...fixture,
        entities: [renamed, retyped, ...fixture.entities.slice(2)],
        relations: fixture.relations.slice(1),
      };
      const counts = await loadIntoNeo4j(driver, smaller, db.database);
      expect(counts).toEqual(recordCounts(smaller));
      const g = await snapshot(fixture.documents);
      expect(g.edges.map((e) => e.id)).not.toContain(gone.id);
      expect(g.nodes.find((n) => n.id === renamed.id)?.properties.name).toBe("Renamed");
      // A changed type is a new node: the old one is gone before the new one takes the id.
      expect(g.nodes.filter((n) => n.id === retyped.id).map((n) => n.label)).toEqual(["Place"]);
      const { records } = await driver.executeQuery(
        "MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels",
        { id: retyped.id },
        { database: db.database },
      );
      expect(records.map((r) => [...(r.get("labels") as string[])].sort())).toEqual([["Entity", "Place"]]);
    },
    LOAD_TIMEOUT_MS,
  );
});
