// Typed errors raised by every stage of the Cypher engine.
// `code` is stable ("SemanticError.UndefinedVariable", "TimeLimitExceeded"); errorType/detail follow the TCK.

export interface SourcePosition {
  offset: number;
  line: number;
  column: number;
}
export type Phase = "compile" | "runtime";

export class CypherError extends Error {
  readonly code: string;
  readonly errorType: string;
  readonly detail: string;
  readonly phase: Phase;
  readonly position?: SourcePosition;

  constructor(errorType: string, detail: string, message: string, phase: Phase, position?: SourcePosition) {
    super(position && position.line > 0 ? `${message} (line ${position.line}, column ${position.column})` : message);
    this.name = "CypherError";
    this.errorType = errorType;
    this.detail = detail;
    this.code = detail ? `${errorType}.${detail}` : errorType;
    this.phase = phase;
    this.position = position;
  }
}

export const syntaxError = (detail: string, message: string, position?: SourcePosition) =>
  new CypherError("SyntaxError", detail, message, "compile", position);

/**
 * Compile-time semantic errors carry the TCK's error type, which is SyntaxError for these details.
 * `offset` (into the query text) is resolved to line/column by `withPosition` once the text is at hand.
 */
export const semanticError = (detail: string, message: string, offset?: number) =>
  new CypherError(
    "SyntaxError",
    detail,
    message,
    "compile",
    offset === undefined ? undefined : { offset, line: 0, column: 0 },
  );

/** Fills in line/column for an error that only knows its offset. */
export function withPosition(e: unknown, locate: (offset: number) => SourcePosition): unknown {
  if (!(e instanceof CypherError) || !e.position || e.position.line > 0) return e;
  return new CypherError(e.errorType, e.detail, e.message, e.phase, locate(e.position.offset));
}

export const typeError = (detail: string, message: string) => new CypherError("TypeError", detail, message, "runtime");

export const argumentError = (detail: string, message: string) =>
  new CypherError("ArgumentError", detail, message, "runtime");

export const runtimeError = (errorType: string, detail: string, message: string) =>
  new CypherError(errorType, detail, message, "runtime");

/** Budget / policy errors carry a bare code without a TCK detail. */
export const limitError = (
  code: "TimeLimitExceeded" | "RowLimitExceeded" | "SizeLimitExceeded" | "NestingLimitExceeded" | "ReadOnly",
  message: string,
) => new CypherError(code, "", message, code === "ReadOnly" ? "compile" : "runtime");
