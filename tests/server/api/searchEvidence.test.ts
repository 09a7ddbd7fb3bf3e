// /api/search over the real knowledge base: the analyst's words find quotes, notes and
// descriptions, grouped by entity and relation, with the documents they come from.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SearchAnswer } from "../../../contract/index.ts";
import { startTestServer, type TestServer } from "../../helpers/server.ts";

let s: TestServer;
beforeAll(
  async () => void (s = await startTestServer({ kbDir: join(import.meta.dirname, "..", "..", "..", "graph-data") })),
);
afterAll(async () => s.close());

const search = async (q: string) => {
  const r = await s.get(`/api/search?q=${encodeURIComponent(q)}`);
  expect(r.status).toBe(200);
  return SearchAnswer.parse(r.json);
};

describe("GET /api/search over evidence", () => {
  it.each(["investissement", "Russian companies", "menace"])("finds passages for %j", async (q) => {
    const a = await search(q);
    expect(a.evidence.entities.length + a.evidence.relations.length).toBeGreaterThan(0);
    const passages = [...a.evidence.entities, ...a.evidence.relations].flatMap((h) => h.passages);
    expect(passages.every((p) => p.highlights.length > 0)).toBe(true);
  });

  it("names the document of every quote it returns and cites it", async () => {
    const a = await search("investissement");
    const quotes = a.evidence.relations.flatMap((h) => h.passages).filter((p) => p.kind === "quote");
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(a.documents[q.document!]?.title).toBeTruthy();
  });

  it("searches names only when asked", async () => {
    const a = await search("kazakh");
    expect(a.hits.length).toBeGreaterThan(0);
    const r = await s.get("/api/search?q=menace&evidence=false");
    expect(r.json.evidence).toEqual({ entities: [], relations: [] });
  });

  it("rejects a malformed evidence flag with 400", async () => {
    const r = await s.get("/api/search?q=menace&evidence=maybe");
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe("InvalidInput");
  });
});
