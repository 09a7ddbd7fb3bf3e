// Which cases make up the "core" figure: the read-only cases of the target folders.
import type { TckCase } from "./gherkin.ts";

const TARGET_CLAUSES = new Set(
  [
    "match",
    "match-where",
    "return",
    "return-orderby",
    "return-skip-limit",
    "with",
    "with-where",
    "with-orderBy",
    "with-skip-limit",
    "unwind",
    "union",
  ].map((f) => `clauses/${f}`),
);

export function isTargetFolder(folder: string): boolean {
  return TARGET_CLAUSES.has(folder) || folder.startsWith("expressions/");
}

/** The query under test (`When executing query:`), not setup or control queries. */
export function queryUnderTest(c: TckCase): string {
  return c.steps.find((s) => s.text === "executing query:")?.docString ?? "";
}

const UPDATING = /\b(CREATE|MERGE|SET|DELETE|REMOVE)\b/i;

/**
 * Read-only = no updating clause keyword. String literals, quoted names and comments are blanked
 * first so that e.g. `RETURN 'SET'` or a property called `created` does not count.
 */
export function isReadOnlyQuery(query: string): boolean {
  const code = query
    .replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`/g, '""')
    .replace(/\/\/.*$/gm, "")
    .replace(/\/\*[\s\S]*?\*\//g, "");
  return !UPDATING.test(code);
}

export function isCoreCase(c: TckCase): boolean {
  return isTargetFolder(c.folder) && isReadOnlyQuery(queryUnderTest(c));
}
