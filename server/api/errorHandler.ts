// The one place typed errors become HTTP: {error: {code, message, details}} with a status from
// STATUS. Body-parser failures (malformed JSON, oversized or non-JSON bodies) are translated to
// the same shape; anything unexpected is logged and returned as a 500 without internals.
import type { ErrorRequestHandler, RequestHandler } from "express";
import type { Logger } from "pino";
import { AppError, type ErrorCode } from "../errors.ts";

export const STATUS: Record<ErrorCode, number> = {
  InvalidInput: 400,
  MalformedJson: 400,
  CypherError: 400,
  ReadOnly: 403,
  NotFound: 404,
  UnknownRoute: 404,
  QueryTimeout: 408,
  PayloadTooLarge: 413,
  UnsupportedMediaType: 415,
  RowLimitExceeded: 422,
  MemoryLimitExceeded: 422,
  SearchLimitExceeded: 422,
  RateLimited: 429,
  Internal: 500,
  StoreUnavailable: 503,
  Overloaded: 503,
};

const BODY_PARSER_ERRORS: Record<string, ErrorCode> = {
  "entity.parse.failed": "MalformedJson",
  "entity.too.large": "PayloadTooLarge",
  "encoding.unsupported": "UnsupportedMediaType",
  "charset.unsupported": "UnsupportedMediaType",
  "request.aborted": "InvalidInput",
  "request.size.invalid": "InvalidInput",
  "stream.encoding.set": "Internal",
};

// Other client errors raised by Express or its parsers (an undecodable path parameter, a body
// in an unsupported content encoding) carry an HTTP status; keep it, in our shape.
const BY_STATUS: Record<number, ErrorCode> = {
  400: "InvalidInput",
  413: "PayloadTooLarge",
  415: "UnsupportedMediaType",
};

function toAppError(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  const e = err as { type?: unknown; status?: unknown; statusCode?: unknown; message?: unknown } | null;
  const message = typeof e?.message === "string" ? e.message : "bad request";
  if (typeof e?.type === "string" && BODY_PARSER_ERRORS[e.type])
    return new AppError(BODY_PARSER_ERRORS[e.type], message);
  const status = typeof e?.status === "number" ? e.status : typeof e?.statusCode === "number" ? e.statusCode : 0;
  if (status >= 400 && status < 500) return new AppError(BY_STATUS[status] ?? "InvalidInput", message);
  return undefined;
}

export const unknownRoute: RequestHandler = (req, _res, next) => {
  next(
    new AppError("UnknownRoute", `no route ${req.method} ${req.originalUrl.split("?")[0]}`, {
      method: req.method,
      path: req.originalUrl.split("?")[0],
    }),
  );
};

export const errorHandler =
  (logger: Logger): ErrorRequestHandler =>
  (err, req, res, _next) => {
    const known = toAppError(err) ?? new AppError("Internal", "internal error");
    const status = STATUS[known.code];
    if (status >= 500) logger.error({ err, method: req.method, url: req.originalUrl }, "request failed");
    if (res.headersSent) return;
    // Overload answers say when to come back (details.retryAfter, in seconds).
    const retryAfter = (known.details as { retryAfter?: unknown } | undefined)?.retryAfter;
    if (typeof retryAfter === "number") res.setHeader("Retry-After", String(retryAfter));
    res.status(status).json({ error: { code: known.code, message: known.message, details: known.details ?? null } });
  };
