// The Neo4j store and loader, run where no Neo4j is reachable: through neo4j-driver's API onto a
// stand-in server over the embedded engine (tests/helpers/neo4jStandIn.ts). The store contract
// runs unchanged, so the Neo4j store's Cypher, its conversions of driver values (Integer, Node,
// Relationship, Path) and its error mapping are exercised on every `npm test`; the loader's
// generated statements (MERGE, SET, prune) are checked for idempotence the same way.
import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../../graph-data/load.ts";
import { loadIntoNeo4j } from "../../../server/store/neo4j/load.ts";
import { Neo4jStore } from "../../../server/store/neo4j/store.ts";
import { neo4jStandIn } from "../../helpers/neo4jStandIn.ts";
import { FIXTURE_KB } from "../../helpers/server.ts";
import { storeContract } from "./contract.ts";

const fixture = loadKnowledgeBase(FIXTURE_KB);

storeContract("neo4j store over a stand-in server", async () => {
  const driver = neo4jStandIn();
  await loadIntoNeo4j(driver, fixture);
  const store = new Neo4jStore(driver, fixture.documents);
  await store.refreshEndpoints();
  return store;
});

describe("loadIntoNeo4j on the stand-in server", () => {
  it("loads the whole knowledge base, and a second run changes nothing", async () => {
    const kb = loadKnowledgeBase();
    const driver = neo4jStandIn();
    const first = await loadIntoNeo4j(driver, kb);
    expect(first).toEqual({ nodes: kb.entities.length, relationships: kb.relations.length });
    const snapshot = async () => {
      const store = new Neo4jStore(driver, kb.documents);
      await store.refreshEndpoints();
      return store.snapshot();
    };
    const before = await snapshot();
    expect(await loadIntoNeo4j(driver, kb)).toEqual(first);
    expect(await snapshot()).toEqual(before);
  });

  it("prunes what the knowledge base no longer holds and updates what changed", async () => {
    const driver = neo4jStandIn();
    await loadIntoNeo4j(driver, fixture);
    const gone = fixture.relations[0]!;
    const renamed = { ...fixture.entities[0]!, name: "Renamed" };
    const smaller = {
      ...fixture,
      entities: [renamed, ...fixture.entities.slice(1)],
      relations: fixture.relations.slice(1),
    };
    const retyped = { ...fixture.entities[1]!, type: "Place" as const };
    smaller.entities[1] = retyped;
    const counts = await loadIntoNeo4j(driver, smaller);
    expect(counts).toEqual({ nodes: fixture.entities.length, relationships: fixture.relations.length - 1 });
    const store = new Neo4jStore(driver, fixture.documents);
    await store.refreshEndpoints();
    const g = await store.snapshot();
    expect(g.edges.map((e) => e.id)).not.toContain(gone.id);
    expect(g.nodes.find((n) => n.id === renamed.id)?.properties.name).toBe("Renamed");
    // A changed type is a new node: the old one is gone before the new one takes the id.
    expect(g.nodes.filter((n) => n.id === retyped.id).map((n) => n.label)).toEqual(["Place"]);
    const { records } = await driver.executeQuery("MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels", {
      id: retyped.id,
    });
    expect(records.map((r) => [...(r.get("labels") as string[])].sort())).toEqual([["Entity", "Place"]]);
  });
});
