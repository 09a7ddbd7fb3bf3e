// Sends a computed answer cached per store generation as its serialized JSON and ETag, so a
// repeated leverage or entity request costs a map lookup (or a 304) instead of a traversal, a
// stringify and a hash of a large body. The body is kept as UTF-8 bytes: sending a string would
// measure and encode it again on every request (~200 kB for a hub entity page).
import { createHash } from "node:crypto";
import type { Response } from "express";
import type { Catalog } from "../catalog.ts";

// Answers larger than this are sent but not kept: the memo holds many answers per generation.
const MAX_CACHED_BYTES = 1_000_000;
const JSON_TYPE = "application/json; charset=utf-8";

interface Cached {
  body: Buffer;
  etag: string;
}

export async function sendRemembered(res: Response, catalog: Catalog, key: string, compute: () => Promise<unknown>) {
  const cached = await catalog.remember<Cached>(key, async () => {
    const body = Buffer.from(JSON.stringify(await compute()), "utf8");
    return { body, etag: `W/"${createHash("sha1").update(body).digest("base64url")}"` };
  });
  if (cached.body.length > MAX_CACHED_BYTES) catalog.forget(key);
  // With the ETag set, res.send answers 304 to a matching If-None-Match (and HEAD without a
  // body), skips hashing, and writes the bytes as they are.
  res.setHeader("Content-Type", JSON_TYPE);
  res.setHeader("ETag", cached.etag);
  res.send(cached.body);
}
