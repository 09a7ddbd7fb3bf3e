// One structured line per request (method, path, status, duration), at warn for 4xx and error
// for 5xx. Written here rather than with pino-http: its per-request child logger cost a quarter
// of the API's throughput even with logging silenced, and nothing here needs a logger per request.
import type { RequestHandler } from "express";
import type { Logger } from "pino";

export function requestLog(logger: Logger): RequestHandler | undefined {
  if (logger.level === "silent") return undefined;
  return (req, res, next) => {
    const start = process.hrtime.bigint();
    res.once("finish", () => {
      const status = res.statusCode;
      const level = status >= 500 ? "error" : status >= 400 ? "warn" : "info";
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      logger[level]({ method: req.method, url: req.originalUrl, status, ms: Math.round(ms * 10) / 10 }, "request");
    });
    next();
  };
}
