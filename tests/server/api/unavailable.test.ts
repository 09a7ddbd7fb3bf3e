// A Neo4j store whose database cannot be reached (a closed loopback port): the API answers 503
// StoreUnavailable in its error shape rather than hanging or failing with a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import neo4j from "neo4j-driver";
import { Neo4jStore } from "../../../server/store/neo4j/store.ts";
import { startTestServer, type TestServer } from "../../helpers/server.ts";

let s: TestServer;
beforeAll(async () => {
  const driver = neo4j.driver("bolt://127.0.0.1:1", neo4j.auth.basic("neo4j", "none"), {
    connectionTimeout: 1000,
    maxConnectionLifetime: 1000,
  });
  s = await startTestServer({ store: new Neo4jStore(driver, []) });
});
afterAll(async () => s.close());

describe("an unreachable Neo4j", () => {
  it("answers 503 StoreUnavailable on reads", async () => {
    const r = await s.get("/api/entities/kazakhstan");
    expect(r.status).toBe(503);
    expect(r.json.error.code).toBe("StoreUnavailable");
  });

  it("answers 503 StoreUnavailable on Cypher", async () => {
    const r = await s.post("/api/cypher", { query: "RETURN 1 AS one" });
    expect(r.status).toBe(503);
    expect(r.json.error.code).toBe("StoreUnavailable");
  });
});
