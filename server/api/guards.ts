// Request guards shared by the POST routes: JSON-only bodies (415 otherwise; an empty body is
// allowed and reads as {}), and the rate limiter for the Cypher endpoints answering in the
// API's error shape.
import type { RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import { AppError } from "../errors.ts";
import type { Config } from "../config.ts";

export const requireJsonBody: RequestHandler = (req, _res, next) => {
  const hasBody = Number(req.headers["content-length"] ?? 0) > 0 || req.headers["transfer-encoding"] !== undefined;
  if (req.method === "POST" && hasBody && !req.is("application/json")) {
    next(
      new AppError("UnsupportedMediaType", "the body must be JSON (Content-Type: application/json)", {
        contentType: req.headers["content-type"] ?? null,
      }),
    );
    return;
  }
  next();
};

export function cypherRateLimit(config: Config): RequestHandler {
  return rateLimit({
    windowMs: config.rateLimit.windowMs,
    limit: config.rateLimit.max,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    handler: (_req, _res, next) =>
      next(
        new AppError("RateLimited", "too many Cypher requests; retry later", { windowMs: config.rateLimit.windowMs }),
      ),
  });
}
