// Serves the built client from client/dist when it exists; otherwise a plain HTML page at /
// listing the API, so `npm start` is useful before the client is built.
import express, { Router } from "express";
import { existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const CLIENT_DIST = join(dirname(fileURLToPath(import.meta.url)), "..", "client", "dist");

const ENDPOINTS = [
  "GET /api/health",
  "GET /api/meta",
  "GET /api/graph",
  "GET /api/search?q=",
  "GET /api/entities/:id",
  "GET /api/neighbourhood?ids=&depth=&types=&relTypes=&from=&to=",
  "GET /api/paths?from=&to=&maxHops=&k=&avoid=&relTypes=",
  "GET /api/leverage?controller=&dependent=",
  "GET /api/routes?from=&to=&avoid=",
  "POST /api/cypher",
  "GET /api/queries",
  "POST /api/queries/:id",
  "GET /api/export?format=",
];

const INDEX = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kazakhstan leverage explorer — API</title></head>
<body><h1>Kazakhstan leverage explorer</h1><p>The client is not built. The API:</p><ul>
${ENDPOINTS.map((e) => `<li><code>${e.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</code></li>`).join("\n")}
</ul></body></html>`;

export function clientRoutes(dist: string = CLIENT_DIST): Router {
  const router = Router();
  if (existsSync(join(dist, "index.html"))) {
    router.use(express.static(dist, { index: "index.html" }));
    // Client-side routes fall back to the app shell.
    router.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(join(dist, "index.html")));
  } else {
    router.get("/", (_req, res) => res.type("html").send(INDEX));
  }
  return router;
}
