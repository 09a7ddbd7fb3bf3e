// Neo4j failures as the server's typed errors: syntax and semantic errors keep the position
// Neo4j reports (line, column, offset); timeouts and write attempts map to their own codes.
import { CypherQueryError, StoreUnavailableError, type CypherPosition } from "../../errors.ts";

const POSITION = /line (\d+), column (\d+) \(offset: (\d+)\)/;
const LEXICAL = /^Lexical error at line \d+, column \d+\./;

export function positionIn(message: string): CypherPosition | undefined {
  const m = POSITION.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]), offset: Number(m[3]) } : undefined;
}

export function fromNeo4jError(err: unknown): unknown {
  const e = err as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === "string" ? e.code : "";
  const message = typeof e?.message === "string" ? e.message : String(err);
  if (code === "ServiceUnavailable" || code === "SessionExpired") return new StoreUnavailableError(message);
  if (code.includes("TransactionTimedOut") || code.includes("Transaction.Terminated")) {
    return new CypherQueryError("QueryTimeout", message, { cypherCode: code });
  }
  // A query that needs more memory than Neo4j grants a transaction hit a limit, like a timeout:
  // the client's query to change, not a server fault.
  if (code.includes("OutOfMemory") || code.includes("MemoryLimit")) {
    return new CypherQueryError("MemoryLimitExceeded", message, { cypherCode: code });
  }
  if (
    code.includes("ForbiddenOnReadOnlyDatabase") ||
    code.includes("Security.Forbidden") ||
    code.includes("AccessMode")
  ) {
    return new CypherQueryError("ReadOnly", message, { cypherCode: code });
  }
  // Transient errors (a leader switch, lock contention, too many transactions) pass on retry.
  if (code.startsWith("Neo.TransientError.")) return new StoreUnavailableError(message);
  // Neo4j 5.26's lexer lets some malformed text (an unterminated comment: `/* MATCH`) escape as
  // Neo.DatabaseError.General.UnknownError. It is the query's fault, so a syntax error, not a 500.
  if (LEXICAL.test(message)) {
    return new CypherQueryError("CypherError", message, {
      cypherCode: "Neo.ClientError.Statement.SyntaxError",
      phase: "compile",
      // Only line and column are given (no offset), and the message carries them.
    });
  }
  if (code.startsWith("Neo.ClientError.")) {
    return new CypherQueryError("CypherError", message, {
      cypherCode: code,
      phase: "compile",
      position: positionIn(message),
    });
  }
  return err;
}
