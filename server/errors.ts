// The server's typed errors. Every failure a client can cause is one of these classes with a
// stable `code`; server/api/errorHandler.ts is the one place that maps codes to HTTP statuses.
// Lower layers (stores, graph algorithms, exporters) throw these and know nothing of HTTP.

export type ErrorCode =
  | "InvalidInput"
  | "MalformedJson"
  | "NotFound"
  | "UnknownRoute"
  | "PayloadTooLarge"
  | "UnsupportedMediaType"
  | "CypherError"
  | "ReadOnly"
  | "QueryTimeout"
  | "RowLimitExceeded"
  | "MemoryLimitExceeded"
  | "SearchLimitExceeded"
  | "RateLimited"
  | "StoreUnavailable"
  | "Overloaded"
  | "Internal";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export interface FieldIssue {
  field: string;
  message: string;
}

/** A request parameter or body field failed its schema; `details.issues` names each field. */
export class InvalidInputError extends AppError {
  constructor(readonly issues: FieldIssue[]) {
    super("InvalidInput", issues.map((i) => `${i.field}: ${i.message}`).join("; "), { issues });
  }
  static field(field: string, message: string): InvalidInputError {
    return new InvalidInputError([{ field, message }]);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, id: string) {
    super("NotFound", `unknown ${what} ${JSON.stringify(id)}`, { [what]: id });
  }
}

export interface CypherPosition {
  offset: number;
  line: number;
  column: number;
}

/** A Cypher query the engine or Neo4j refused or failed on; carries the source position when known. */
export class CypherQueryError extends AppError {
  constructor(
    code: "CypherError" | "ReadOnly" | "QueryTimeout" | "RowLimitExceeded" | "MemoryLimitExceeded",
    message: string,
    details: { cypherCode: string; phase?: string; position?: CypherPosition },
  ) {
    super(code, message, details);
  }
}

export class StoreUnavailableError extends AppError {
  constructor(message: string) {
    super("StoreUnavailable", message);
  }
}
