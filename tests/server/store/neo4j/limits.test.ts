// The Neo4j store keeps the API's guarantees on a real Neo4j: every user query runs in a
// transaction whose timeout is the configured limit (408 QueryTimeout), and the rows it sends
// back are bounded by the size budget (422 MemoryLimitExceeded) and nesting limit (400).
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { Neo4jStore } from "../../../../server/store/neo4j/store.ts";
import { CypherQueryError } from "../../../../server/errors.ts";
import { describeNeo4j } from "../../../helpers/neo4j.ts";

describeNeo4j("Neo4j store limits on a real Neo4j", (db) => {
  let driver: Driver;
  let store: Neo4jStore;
  beforeAll(async () => {
    driver = db.driver();
    store = new Neo4jStore(driver, [], db.database);
  });
  afterAll(async () => driver.close());

  const refusal = async (query: string, limits: { timeoutMs: number; maxRows: number; maxValueSize?: number }) => {
    const t = performance.now();
    const err = await store.cypher(query, {}, limits).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CypherQueryError);
    return { err: err as CypherQueryError, ms: performance.now() - t };
  };

  it("ends a query at the configured time limit with QueryTimeout", async () => {
    const { err, ms } = await refusal(
      "UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7919 = -1 RETURN count(x) AS n",
      { timeoutMs: 1000, maxRows: 100 },
    );
    expect(err.code).toBe("QueryTimeout");
    expect(ms).toBeLessThan(1000 + 1000);
  });

  it("refuses a result larger than the size budget with MemoryLimitExceeded", async () => {
    const { err } = await refusal("RETURN range(1, 200000) AS big", {
      timeoutMs: 10_000,
      maxRows: 100,
      maxValueSize: 50_000,
    });
    expect(err.code).toBe("MemoryLimitExceeded");
    expect((err.details as { cypherCode: string }).cypherCode).toBe("SizeLimitExceeded");
  });

  it("counts the cells of every row against the budget, not only the first", async () => {
    const { err } = await refusal("UNWIND range(1, 100) AS i RETURN range(1, 1000) AS row", {
      timeoutMs: 10_000,
      maxRows: 1000,
      maxValueSize: 50_000,
    });
    expect(err.code).toBe("MemoryLimitExceeded");
    const small = await store.cypher(
      "UNWIND range(1, 3) AS i RETURN i",
      {},
      { timeoutMs: 10_000, maxRows: 10, maxValueSize: 50_000 },
    );
    expect(small.rows).toEqual([[1], [2], [3]]);
  });

  it("refuses a result nested deeper than 64 levels with a CypherError naming the limit", async () => {
    const { err } = await refusal("RETURN reduce(l = [], i IN range(1, 100) | [l]) AS deep", {
      timeoutMs: 10_000,
      maxRows: 10,
    });
    expect(err.code).toBe("CypherError");
    expect(err.message).toMatch(/64 levels/);
  });
});
