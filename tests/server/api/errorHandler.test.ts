import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../helpers/server.ts";

let s: TestServer;
beforeAll(async () => void (s = await startTestServer()));
afterAll(async () => s.close());

describe("error middleware", () => {
  it("answers 400 InvalidInput for a path parameter that does not decode", async () => {
    const r = await s.get("/api/entities/%");
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe("InvalidInput");
  });

  it("answers a 4xx in the error shape for a body in a content encoding that fails", async () => {
    const res = await fetch(`${s.url}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json", "content-encoding": "br" },
      body: "{}",
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect((await res.json()).error.code).toBeTypeOf("string");
  });

  it("answers 400 InvalidInput for a JSON body that is not an object", async () => {
    const r = await s.post("/api/cypher", "[]");
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe("InvalidInput");
  });

  it("never answers 500 to query strings a client can send", async () => {
    const paths = [
      "/api/search?q[a]=1",
      "/api/search?q=a&q=b",
      "/api/neighbourhood?ids=%00",
      "/api/paths?from=a&to=b&maxHops=1e3",
      "/api/search?q=*",
    ];
    for (const p of paths) expect((await s.get(p)).status, p).toBeLessThan(500);
  });
});
