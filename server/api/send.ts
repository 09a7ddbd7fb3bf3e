// Sends a computed answer cached per store generation as its serialized JSON and ETag, so a
// repeated leverage or entity request costs a map lookup (or a 304) instead of a traversal, a
// stringify and a hash of a large body. The body is kept as UTF-8 bytes: sending a string would
// measure and encode it again on every request (~150 kB for a hub entity page).
//
// Large answers are also kept compressed (brotli, gzip), made on the first request that accepts
// the encoding: every browser and most HTTP clients accept one, and a hub page or the whole graph
// then crosses the wire at a fifth of its size without compressing on every request.
import { createHash } from "node:crypto";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Request, Response } from "express";
import type { Catalog } from "../catalog.ts";

// Answers larger than this are sent but not kept: the memo holds many answers per generation.
const MAX_CACHED_BYTES = 2_000_000;
// Below this, compressing saves less than the headers and the work cost.
const MIN_COMPRESSED_BYTES = 1024;
const JSON_TYPE = "application/json; charset=utf-8";

type Coding = "br" | "gzip";
const ENCODERS: Record<Coding, (body: Buffer) => Buffer> = {
  // Quality 5 compresses a 150 kB page in a few milliseconds, close to the best ratio on JSON.
  br: (body) =>
    brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body) => gzipSync(body, { level: 6 }),
};

interface Cached {
  body: Buffer;
  etag: string;
  encoded: Partial<Record<Coding, Buffer>>;
}

function cachedBody(value: unknown): Cached {
  const body = Buffer.from(JSON.stringify(value), "utf8");
  return { body, etag: `W/"${createHash("sha1").update(body).digest("base64url")}"`, encoded: {} };
}

/** The coding to send `cached` in for this request, or undefined for the bytes as they are. */
function codingFor(req: Request, cached: Cached): Coding | undefined {
  if (cached.body.length < MIN_COMPRESSED_BYTES) return undefined;
  // Brotli wins whenever it is acceptable: browsers list gzip first at the same weight.
  if (req.acceptsEncodings("br") === "br") return "br";
  if (req.acceptsEncodings("gzip") === "gzip") return "gzip";
  return undefined;
}

/** Writes a cached answer: 304 on a matching If-None-Match, compressed when the client accepts it. */
function sendCached(req: Request, res: Response, cached: Cached): void {
  res.setHeader("Content-Type", JSON_TYPE);
  res.setHeader("ETag", cached.etag);
  if (cached.body.length >= MIN_COMPRESSED_BYTES) res.vary("Accept-Encoding");
  const coding = codingFor(req, cached);
  if (!coding) {
    // With the ETag set, res.send answers 304 to a matching If-None-Match (and HEAD without a
    // body), skips hashing, and writes the bytes as they are.
    res.send(cached.body);
    return;
  }
  const bytes = (cached.encoded[coding] ??= ENCODERS[coding](cached.body));
  res.setHeader("Content-Encoding", coding);
  res.send(bytes);
}

/**
 * Sends the answer of `compute`, kept per generation under `key` unless it is too large or `keep`
 * says otherwise once computed (a Cypher query calling rand() or the clock).
 */
export async function sendRemembered(
  res: Response,
  catalog: Catalog,
  key: string,
  compute: () => Promise<unknown>,
  keep: () => boolean = () => true,
) {
  const cached = await catalog.remember<Cached>(key, async () => cachedBody(await compute()));
  if (cached.body.length > MAX_CACHED_BYTES || !keep()) catalog.forget(key);
  sendCached(res.req, res, cached);
}
