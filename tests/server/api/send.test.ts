import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../helpers/server.ts";

let s: TestServer;
beforeAll(async () => void (s = await startTestServer()));
afterAll(async () => s.close());

/** A GET that leaves the body as sent (fetch would decompress it and hide the encoding). */
function raw(path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(s.url + path, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on("error", reject).end();
    },
  );
}

describe("remembered answers (server/api/send.ts)", () => {
  it.each([
    "/api/entities/kazakhstan",
    "/api/leverage",
    "/api/search?q=Novorossi%C3%AFsk",
    "/api/neighbourhood?ids=kazakhstan&depth=2",
  ])("%s: sends the same UTF-8 JSON with an ETag each time and 304 on If-None-Match", async (path) => {
    const identity = { "accept-encoding": "identity" };
    const first = await s.get(path, identity);
    const second = await s.get(path, identity);
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
  });

  it.each([
    ["br", brotliDecompressSync],
    ["gzip", gunzipSync],
  ] as const)(
    "sends a large answer %s-compressed to a client that accepts it, same bytes inside",
    async (coding, inflate) => {
      const plain = await raw("/api/entities/kazakhstan", { "accept-encoding": "identity" });
      const packed = await raw("/api/entities/kazakhstan", { "accept-encoding": coding });
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(packed.headers["content-encoding"]).toBe(coding);
      expect(packed.headers.vary).toContain("Accept-Encoding");
      expect(packed.headers.etag).toBe(plain.headers.etag);
      expect(Number(packed.headers["content-length"])).toBe(packed.body.length);
      expect(packed.body.length).toBeLessThan(plain.body.length / 3);
      expect(inflate(packed.body).equals(plain.body)).toBe(true);
    },
  );

  it("prefers brotli when a browser offers both, and honours q=0", async () => {
    const browser = await raw("/api/graph", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(browser.headers["content-encoding"]).toBe("br");
    expect(JSON.parse(brotliDecompressSync(browser.body).toString("utf8")).nodes.length).toBeGreaterThan(0);
    const refused = await raw("/api/graph", { "accept-encoding": "br;q=0, gzip" });
    expect(refused.headers["content-encoding"]).toBe("gzip");
  });

  it("sends the bytes as they are to a client that names no encoding", async () => {
    const r = await raw("/api/graph", {});
    expect(r.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(r.body.toString("utf8")).nodes.length).toBeGreaterThan(0);
  });

  it("leaves a small answer uncompressed", async () => {
    const r = await raw("/api/search?q=zzzzzz", { "accept-encoding": "br, gzip" });
    expect(r.status).toBe(200);
    expect(r.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(r.body.toString("utf8"))).toMatchObject({ hits: [] });
  });

  it("keeps non-ASCII text intact", async () => {
    const r = await s.get("/api/entities/novorossiysk-port");
    expect(r.json.entity.nameFr).toContain("Novorossiïsk");
  });
});
