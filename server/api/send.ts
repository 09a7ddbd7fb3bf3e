// Sends a computed answer cached per store generation as its serialized JSON, so a repeated
// leverage or entity request costs a map lookup instead of a traversal and a stringify.
import type { Response } from "express";
import type { Catalog } from "../catalog.ts";

export async function sendRemembered(res: Response, catalog: Catalog, key: string, compute: () => Promise<unknown>) {
  const body = await catalog.remember(key, async () => JSON.stringify(await compute()));
  res.type("application/json").send(body);
}
