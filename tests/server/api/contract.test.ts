// Every answer the API gives parses with the wire contract the explorer reads it with
// (contract/): a field renamed on one side fails here, not in an analyst's browser.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  CypherAnswer,
  EntityPage,
  ErrorAnswer,
  GraphAnswer,
  Health,
  LeverageAnswer,
  Meta,
  NeighbourhoodAnswer,
  PathsAnswer,
  RoutesAnswer,
  SavedQueryAnswer,
  SavedQueryList,
  SearchAnswer,
} from "../../../contract/index.ts";
import { startTestServer, type Reply, type TestServer } from "../../helpers/server.ts";

const REAL_KB = join(import.meta.dirname, "..", "..", "..", "graph-data");

function expectShape(schema: z.ZodType, r: Reply, status = 200): void {
  expect(r.status).toBe(status);
  const parsed = schema.safeParse(r.json);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
}

for (const [kb, dir] of [
  ["the fixture knowledge base", undefined],
  ["graph-data/", REAL_KB],
] as const) {
  describe(`the wire contract on ${kb}`, () => {
    let s: TestServer;
    beforeAll(async () => void (s = await startTestServer({ kbDir: dir })));
    afterAll(async () => s.close());

    it("describes health, meta, the whole graph and a neighbourhood", async () => {
      expectShape(Health, await s.get("/api/health"));
      expectShape(Meta, await s.get("/api/meta"));
      expectShape(GraphAnswer, await s.get("/api/graph"));
      expectShape(NeighbourhoodAnswer, await s.get("/api/neighbourhood?ids=kazakhstan"));
    });

    it("describes search answers and entity pages", async () => {
      expectShape(SearchAnswer, await s.get("/api/search?q=kazak"));
      const page = await s.get("/api/entities/kazakhstan");
      expectShape(EntityPage, page);
      expect(Object.keys(page.json.relationships).length).toBeGreaterThan(0);
    });

    it("describes paths, leverage and routes, with and without a destination", async () => {
      expectShape(PathsAnswer, await s.get("/api/paths?from=kazakhstan&to=russia"));
      const leverage = await s.get("/api/leverage");
      expectShape(LeverageAnswer, leverage);
      expect(leverage.json.paths.length).toBeGreaterThan(0);
      expectShape(RoutesAnswer, await s.get("/api/routes"));
      expectShape(RoutesAnswer, await s.get("/api/routes?to=black-sea"));
    });

    it("describes Cypher answers, saved queries and errors", async () => {
      expectShape(CypherAnswer, await s.post("/api/cypher", { query: "MATCH (a)-[r]->(b) RETURN a, r, b LIMIT 3" }));
      const list = await s.get("/api/queries");
      expectShape(SavedQueryList, list);
      expectShape(SavedQueryAnswer, await s.post(`/api/queries/${list.json.queries[0].id}`, {}));
      expectShape(ErrorAnswer, await s.get("/api/entities/no-such-entity"), 404);
      expectShape(ErrorAnswer, await s.get("/api/leverage?limit=0"), 400);
    });
  });
}
