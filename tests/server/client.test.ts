import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import express from "express";
import { describe, expect, it } from "vitest";
import { clientRoutes } from "../../server/client.ts";

async function serve(dist: string) {
  const app = express().use(clientRoutes(dist));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise((r) => server.close(r)) };
}

describe("client routes", () => {
  it("serves a page listing the API when client/dist has no build", async () => {
    const s = await serve(join(tmpdir(), "no-such-client-dist"));
    const r = await fetch(s.url + "/");
    expect(r.headers.get("content-type")).toContain("text/html");
    expect(await r.text()).toContain("/api/leverage");
    await s.close();
  });

  it("serves the built client and falls back to its shell for client-side routes", async () => {
    const dist = mkdtempSync(join(tmpdir(), "client-dist-"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>explorer</title>");
    writeFileSync(join(dist, "assets", "app.js"), "console.log(1)");
    const s = await serve(dist);
    expect(await (await fetch(s.url + "/")).text()).toContain("explorer");
    expect(await (await fetch(s.url + "/assets/app.js")).text()).toContain("console.log");
    expect(await (await fetch(s.url + "/entity/kazakhstan")).text()).toContain("explorer");
    await s.close();
  });
});
