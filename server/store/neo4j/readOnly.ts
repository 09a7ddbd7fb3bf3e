// Rejects updating Cypher before it reaches Neo4j (the session is READ mode as well): a keyword
// scan outside string literals, comments and backquoted names, with the clause's position.
import { CypherQueryError } from "../../errors.ts";

const WRITE = /\b(CREATE|MERGE|SET|DELETE|REMOVE|DETACH|DROP|FOREACH|LOAD\s+CSV|ALTER|GRANT|DENY|REVOKE)\b/i;

/** Same length as the query, with literals and comments blanked so offsets stay true. */
function blankLiterals(q: string): string {
  return q.replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m) =>
    m.replace(/[^\n]/g, " "),
  );
}

export function assertReadOnly(query: string): void {
  const m = WRITE.exec(blankLiterals(query));
  if (!m) return;
  const before = query.slice(0, m.index).split("\n");
  const position = { offset: m.index, line: before.length, column: before[before.length - 1]!.length + 1 };
  throw new CypherQueryError("ReadOnly", `${m[1]!.toUpperCase()} is not allowed: queries are read-only`, {
    cypherCode: "ReadOnly",
    phase: "compile",
    position,
  });
}
