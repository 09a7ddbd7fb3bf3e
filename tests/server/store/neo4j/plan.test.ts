// Plans from Neo4j's result summary in the engine's PlanDescription shape: converted from the
// driver's plan objects, and checked on a real Neo4j where NEO4J_URI is set.
import { describe, expect, it } from "vitest";
import neo4j from "neo4j-driver";
import { planOf, summaryPlan } from "../../../../server/store/neo4j/plan.ts";
import { describeNeo4j } from "../../../helpers/neo4j.ts";

describe("Neo4j plans", () => {
  it("drop the runtime suffix, keep details and identifiers, and count rows only when profiled", () => {
    const driverPlan = {
      operatorType: "ProduceResults@neo4j",
      identifiers: ["n"],
      arguments: { Details: "n" },
      rows: neo4j.int(3),
      children: [
        { operatorType: "AllNodesScan@neo4j", identifiers: ["n"], arguments: { Details: "n" }, rows: 3, children: [] },
      ],
    };
    expect(planOf(driverPlan, true)).toEqual({
      operator: "ProduceResults",
      details: "n",
      identifiers: ["n"],
      rows: 3,
      children: [{ operator: "AllNodesScan", details: "n", identifiers: ["n"], rows: 3, children: [] }],
    });
    expect(summaryPlan({ plan: driverPlan, profile: false })!.rows).toBeUndefined();
    expect(summaryPlan({ plan: false, profile: false })).toBeUndefined();
  });
});

describeNeo4j("Neo4j plans on a real Neo4j", (db) => {
  it("reads EXPLAIN and PROFILE from the summary", async () => {
    const driver = db.driver();
    const session = driver.session({ database: db.database });
    try {
      const explained = summaryPlan(await session.run("EXPLAIN UNWIND [1, 2] AS x RETURN x").summary());
      expect(explained).toMatchObject({ operator: "ProduceResults", identifiers: ["x"] });
      expect(explained!.rows).toBeUndefined();
      const profiled = summaryPlan(await session.run("PROFILE UNWIND [1, 2] AS x RETURN x").summary());
      expect(profiled!.rows).toBe(2);
    } finally {
      await session.close();
      await driver.close();
    }
  });
});
