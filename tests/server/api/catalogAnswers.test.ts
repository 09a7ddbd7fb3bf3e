// The engine catalog and plans as the API serves them: /api/meta's callables for the console's
// completion, and the plan of EXPLAIN / PROFILE queries on POST /api/cypher.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CypherAnswer, Meta } from "../../../contract/index.ts";
import { startTestServer, type TestServer } from "../../helpers/server.ts";

let s: TestServer;
beforeAll(async () => void (s = await startTestServer({ env: { RATE_LIMIT_MAX: "1000" } })));
afterAll(async () => s.close());

describe("the Cypher catalog and plans over HTTP", () => {
  it("lists the engine's functions and procedures in /api/meta for completion", async () => {
    const meta = Meta.parse((await s.get("/api/meta")).json);
    expect(meta.cypher.functions).toContainEqual({ name: "toLower", signature: "toLower(input :: STRING) :: STRING" });
    const names = meta.cypher.functions.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain("count");
  });

  it("answers EXPLAIN with the plan and no rows", async () => {
    const r = await s.post("/api/cypher", { query: "EXPLAIN MATCH (n:State) RETURN n.name AS name" });
    expect(r.status).toBe(200);
    const answer = CypherAnswer.parse(r.json);
    expect(answer.rows).toEqual([]);
    expect(answer.plan).toMatchObject({ operator: "ProduceResults", children: [{ operator: "Projection" }] });
  });

  it("answers PROFILE with the rows and each operator's row count", async () => {
    const r = await s.post("/api/cypher", { query: "PROFILE MATCH (n:State) RETURN count(n) AS states" });
    const answer = CypherAnswer.parse(r.json);
    expect(answer.rows).toEqual([[7]]);
    expect(answer.plan!.rows).toBe(1);
    expect(answer.plan!.children[0].children[0]).toMatchObject({ operator: "NodeByLabelScan", rows: 7 });
  });
});
