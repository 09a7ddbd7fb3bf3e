// Sends a computed answer cached per store generation as its serialized JSON and ETag, so a
// repeated leverage or entity request costs a map lookup (or a 304) instead of a traversal, a
// stringify and a hash of a large body.
import { createHash } from "node:crypto";
import type { Response } from "express";
import type { Catalog } from "../catalog.ts";

// Answers larger than this are sent but not kept: the memo holds many answers per generation.
const MAX_CACHED_BYTES = 1_000_000;

interface Cached {
  body: string;
  etag: string;
}

export async function sendRemembered(res: Response, catalog: Catalog, key: string, compute: () => Promise<unknown>) {
  const cached = await catalog.remember<Cached>(key, async () => {
    const body = JSON.stringify(await compute());
    return { body, etag: `W/"${createHash("sha1").update(body).digest("base64url")}"` };
  });
  if (cached.body.length > MAX_CACHED_BYTES) catalog.forget(key);
  // With the ETag set, res.send answers 304 to a matching If-None-Match and skips hashing.
  res.type("application/json").setHeader("ETag", cached.etag);
  res.send(cached.body);
}
