// Builds the client into client/dist when it is missing or older than any client source (or
// the lockfile), so `npm start` and the browser tests always serve the current client.
// Uses Vite's JS API: no install scripts are needed (Vite 8 bundles with Rolldown).
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const CLIENT_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
const ROOT = join(CLIENT_DIR, "..");
const DIST_INDEX = join(CLIENT_DIR, "dist", "index.html");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "dist" || entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function isClientBuildStale(): boolean {
  if (!existsSync(DIST_INDEX)) return true;
  const lock = join(ROOT, "package-lock.json");
  const inputs = Math.max(newestMtime(CLIENT_DIR), existsSync(lock) ? statSync(lock).mtimeMs : 0);
  return inputs > statSync(DIST_INDEX).mtimeMs;
}

export async function ensureClientBuild(log: (line: string) => void = console.log): Promise<void> {
  if (!isClientBuildStale()) return;
  log("Building the client (client/dist is missing or older than its sources)…");
  const { build } = await import("vite");
  await build({ configFile: join(CLIENT_DIR, "vite.config.ts"), logLevel: "warn" });
}
