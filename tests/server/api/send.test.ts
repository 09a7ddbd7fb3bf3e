import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../helpers/server.ts";

let s: TestServer;
beforeAll(async () => void (s = await startTestServer()));
afterAll(async () => s.close());

describe("remembered answers (server/api/send.ts)", () => {
  it.each(["/api/entities/kazakhstan", "/api/leverage", "/api/search?q=Novorossi%C3%AFsk"])(
    "%s: sends the same UTF-8 JSON with an ETag each time and 304 on If-None-Match",
    async (path) => {
      const first = await s.get(path);
      const second = await s.get(path);
      expect(first.status).toBe(200);
      expect(first.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(Number(first.headers.get("content-length"))).toBe(Buffer.byteLength(first.text, "utf8"));
      expect(second.text).toBe(first.text);
      const etag = first.headers.get("etag")!;
      expect(etag).toMatch(/^W\/"/);
      expect(second.headers.get("etag")).toBe(etag);
      // fetch adds "cache-control: no-cache" (which forbids a 304) unless the header is given.
      const notModified = await s.get(path, { "if-none-match": etag, "cache-control": "max-age=0" });
      expect(notModified.status).toBe(304);
      expect(notModified.text).toBe("");
    },
  );

  it("keeps non-ASCII text intact", async () => {
    const r = await s.get("/api/entities/novorossiysk-port");
    expect(r.json.entity.nameFr).toContain("Novorossiïsk");
  });
});
