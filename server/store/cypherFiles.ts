// Reads the Cypher files under cypher/ and splits them into statements. Statements end with a
// semicolon at the end of a line; `//` comment lines are dropped. Shared by both stores so the
// same file text runs on Neo4j and on the embedded engine.
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const CYPHER_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "cypher");

export function splitStatements(text: string): string[] {
  const lines = text.split(/\r?\n/).filter((l) => !l.trimStart().startsWith("//"));
  return lines
    .join("\n")
    .split(/;[ \t]*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function readStatements(relativePath: string): string[] {
  return splitStatements(readFileSync(join(CYPHER_DIR, relativePath), "utf8"));
}
