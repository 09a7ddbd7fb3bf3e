import { Writable } from "node:stream";
import type { AddressInfo } from "node:net";
import express from "express";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { errorHandler, unknownRoute } from "../../server/api/errorHandler.ts";
import { requestLog } from "../../server/requestLog.ts";

/** A pino logger writing JSON lines into an array. */
function capture(level: string) {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString("utf8").split("\n").filter(Boolean)) lines.push(JSON.parse(l));
      done();
    },
  });
  return { logger: pino({ level, base: undefined }, stream), lines };
}

async function serve(logger: ReturnType<typeof capture>["logger"]) {
  const app = express();
  const log = requestLog(logger);
  if (log) app.use(log);
  app.get("/ok", (_req, res) => void res.json({ ok: true }));
  app.get("/boom", () => {
    throw new Error("unexpected");
  });
  app.use(unknownRoute, errorHandler(logger));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, close: () => new Promise((r) => server.close(r)) };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe("request log (server/requestLog.ts)", () => {
  it("logs one line per request: method, url, status, duration; warn for 4xx, error for 5xx", async () => {
    const { logger, lines } = capture("info");
    const s = await serve(logger);
    await fetch(`${s.base}/ok?x=1`);
    await fetch(`${s.base}/nowhere`);
    await fetch(`${s.base}/boom`);
    await settle();
    await s.close();
    const requests = lines.filter((l) => l.msg === "request");
    expect(requests.map((l) => [l.level, l.method, l.url, l.status])).toEqual([
      [30, "GET", "/ok?x=1", 200],
      [40, "GET", "/nowhere", 404],
      [50, "GET", "/boom", 500],
    ]);
    expect(requests.every((l) => typeof l.ms === "number" && l.ms >= 0)).toBe(true);
    // The unexpected error itself is logged with its stack, and never sent to the client.
    const failed = lines.find((l) => l.msg === "request failed")!;
    expect(failed).toMatchObject({ level: 50, url: "/boom", err: { message: "unexpected" } });
  });

  it("keeps only what the level lets through, and is not mounted when silent", async () => {
    const { logger, lines } = capture("warn");
    const s = await serve(logger);
    await fetch(`${s.base}/ok`);
    await fetch(`${s.base}/nowhere`);
    await settle();
    await s.close();
    expect(lines.map((l) => l.status)).toEqual([404]);
    expect(requestLog(pino({ level: "silent" }))).toBeUndefined();
  });
});
