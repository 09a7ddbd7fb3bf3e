// Locates and reads the source documents. The seeds live outside the repo, in ../shared/seeds
// relative to the repo root (never copied in); when they are absent, quote checks are skipped
// and the caller is told so.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { SourceDocument } from "./schema/index.ts";
import { GRAPH_DATA_DIR } from "./load.ts";

export const SEEDS_DIR = process.env.SEEDS_DIR ?? join(GRAPH_DATA_DIR, "..", "..", "shared", "seeds");

/** Document id → text, for every document whose file is present; null when the folder is absent. */
export function readSeedTexts(documents: SourceDocument[], dir: string = SEEDS_DIR): Map<string, string> | null {
  if (!existsSync(dir)) return null;
  const texts = new Map<string, string>();
  for (const d of documents) {
    const path = join(dir, d.file);
    if (existsSync(path)) texts.set(d.id, readFileSync(path, "utf8"));
  }
  return texts;
}
