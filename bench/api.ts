// API benchmark (`npm run bench api [--no-neo4j]`): autocannon on loopback against search,
// entity, leverage, routes and one Cypher query on the seed graph (graph-data/), on both stores
// in the same run (the embedded one, and the Neo4j one over a real Neo4j 5.26 launched for the
// run), beside a bare Express endpoint returning a small JSON object; prints req/s and p99 per
// endpoint and store with targets. The servers run in child processes so autocannon does not
// share their event loop.
import { fork } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { AddressInfo } from "node:net";
import express from "express";
import { GRAPH_DATA_DIR, loadKnowledgeBase } from "../graph-data/load.ts";
import type { KnowledgeBase } from "../graph-data/schema/index.ts";
import { loadConfig } from "../server/config.ts";
import { startServer } from "../server/server.ts";
import { benchNeo4j } from "./neo4j.ts";
import { underAttack } from "./underAttack.ts";

interface AutocannonResult {
  requests: { average: number };
  latency: { p99: number };
  non2xx: number;
  errors: number;
}
interface AutocannonRequest {
  path: string;
}
type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  requests?: AutocannonRequest[];
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 5);
// Rounds measure every endpoint in turn, bare included, so machine noise hits them alike; the
// table gives each endpoint's median round.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

interface Target {
  name: string;
  path: string;
  /** Paths to request in turn instead of `path` alone (given after the KB is loaded). */
  rotate?: (kb: KnowledgeBase) => string[];
  /** Fraction of the bare endpoint's req/s the endpoint must reach; none for worst-case rows shown for scale. */
  share?: number;
  body?: unknown;
  /** Request headers beyond a browser's Accept-Encoding. */
  headers?: Record<string, string>;
}

// What every browser sends: large cached answers then go out precompressed (server/api/send.ts).
const BROWSER = { "accept-encoding": "gzip, deflate, br, zstd" };

const TARGETS: Target[] = [
  { name: "search", path: "/api/search?q=novoross", share: 1 / 2 },
  { name: "entity", path: "/api/entities/novorossiysk-port", share: 1 / 2 },
  {
    name: "entity, all 201 in turn",
    path: "/api/entities/kazakhstan",
    rotate: (kb) => kb.entities.map((e) => `/api/entities/${e.id}`),
    share: 1 / 2,
  },
  // Worst case, for scale: the hub's page holds all 241 relationships of Kazakhstan with their
  // quotes, ~150 kB of JSON (28 kB compressed); without compression the bytes on the wire dominate.
  { name: "entity (hub) [worst case]", path: "/api/entities/kazakhstan" },
  {
    name: "entity (hub, identity) [worst case]",
    path: "/api/entities/kazakhstan",
    headers: { "accept-encoding": "identity" },
  },
  { name: "leverage", path: "/api/leverage", share: 1 / 4 },
  { name: "routes", path: "/api/routes?from=kazakhstan", share: 1 / 4 },
  {
    name: "cypher",
    path: "/api/cypher",
    share: 1 / 4,
    body: {
      query:
        "MATCH (k {id: $id})-[r:DEPENDS_ON]->(x) RETURN x.name AS name, r.sector AS sector, r.share AS share ORDER BY r.id",
      params: { id: "kazakhstan" },
    },
  },
];

interface Measured {
  rps: number;
  p99: number;
  failures: number;
}

/** Median req/s and median p99 over the rounds (each taken separately); failures summed. */
function medianRound(rounds: Measured[]): Measured {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
  return {
    rps: median(rounds.map((r) => r.rps)),
    p99: median(rounds.map((r) => r.p99)),
    failures: rounds.reduce((n, r) => n + r.failures, 0),
  };
}

interface Endpoint {
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  paths?: string[];
}

async function measure({ url, body, headers: extra, paths }: Endpoint): Promise<Measured> {
  const headers = { ...BROWSER, ...extra, ...(body ? { "content-type": "application/json" } : {}) };
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers,
    ...(body ? { method: "POST", body: JSON.stringify(body) } : {}),
    // Each connection walks the list in turn; the requests are prebuilt, so the client's cost stays flat.
    ...(paths ? { requests: paths.map((path) => ({ path })) } : {}),
  });
  return { rps: r.requests.average, p99: r.latency.p99, failures: r.non2xx + r.errors };
}

async function bareServer() {
  const app = express().get("/bare", (_req, res) => void res.json({ ok: true, name: "bare" }));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/bare`, close: () => server.close() };
}

interface Urls {
  api: string;
  bare: string;
  store: string;
}

/** In the child: start the API over the seed graph and the bare endpoint, report their URLs. */
async function serveForBench(): Promise<void> {
  // The limiter guards the Cypher endpoint in production; here it would measure itself. The
  // store is the one NEO4J_URI selects, as in production (unset: embedded).
  const config = loadConfig({
    ...process.env,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    RATE_LIMIT_MAX: "10000000",
    ANALYSIS_RATE_POINTS: "10000000",
  });
  const api = await startServer(config, loadKnowledgeBase(GRAPH_DATA_DIR));
  const bare = await bareServer();
  process.send!({ api: api.url, bare: bare.url, store: api.store.kind } satisfies Urls);
}

if (process.env.BENCH_API_CHILD === "1") void serveForBench();

/** A bench server in a child process on the store `neo4jUri` selects (none: embedded). */
async function startChild(neo4jUri: string | undefined) {
  const env: NodeJS.ProcessEnv = { ...process.env, BENCH_API_CHILD: "1" };
  if (neo4jUri) env.NEO4J_URI = neo4jUri;
  else delete env.NEO4J_URI;
  const child = fork(fileURLToPath(import.meta.url), [], { execArgv: ["--import", "tsx"], env });
  const urls = await new Promise<Urls>((resolve, reject) => {
    child.once("message", (m) => resolve(m as Urls));
    child.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { urls, child };
}

/** Warms the answer caches: a cached answer is what a repeated request costs. */
async function warm(api: string, endpoints: Endpoint[]): Promise<void> {
  for (const e of endpoints)
    for (const path of e.paths ?? [new URL(e.url).pathname + new URL(e.url).search])
      await fetch(
        api + path,
        e.body ? { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(e.body) } : {},
      );
}

function verdict(t: Target, m: Measured, base: Measured) {
  return {
    "req/s": Math.round(m.rps),
    "p99 ms": m.p99,
    ok: t.share ? (m.rps >= base.rps * t.share && m.p99 < 50 ? "yes" : "no") : "-",
  };
}

export async function runApiBench(withNeo4j: boolean): Promise<void> {
  const db = withNeo4j ? await benchNeo4j() : undefined;
  const servers = [await startChild(undefined), ...(db ? [await startChild(db.uri)] : [])];
  const kb = loadKnowledgeBase(GRAPH_DATA_DIR);
  const bare: Endpoint = { url: servers[0]!.urls.bare };
  const perStore = servers.map(({ urls }) =>
    TARGETS.map((t) => ({ ...t, url: urls.api + t.path, paths: t.rotate?.(kb) }) as Endpoint),
  );
  try {
    for (const [i, { urls }] of servers.entries()) await warm(urls.api, perStore[i]!);
    // autocannon's own JIT warms up during its first run: without this, the first row (bare) reads low.
    await autocannon({ url: bare.url, connections: CONNECTIONS, duration: 2 });
    // Every endpoint of every store in turn, each round, so machine noise hits them alike.
    const order = [bare, ...perStore.flat()];
    const runs = order.map(() => [] as Measured[]);
    for (let round = 0; round < ROUNDS; round++) for (const [i, e] of order.entries()) runs[i]!.push(await measure(e));
    const [base, ...measured] = runs.map(medianRound);
    const rows: Record<string, string | number>[] = [
      { endpoint: "bare express", "req/s": Math.round(base!.rps), "p99 ms": base!.p99, failures: base!.failures },
    ];
    for (const [i, t] of TARGETS.entries()) {
      const row: Record<string, string | number> = {
        endpoint: t.name,
        "target req/s": t.share
          ? `≥ ${Math.round(base!.rps * t.share)} (${t.share === 0.5 ? "1/2" : "1/4"} of bare)`
          : "-",
      };
      for (const [s, { urls }] of servers.entries()) {
        const m = measured[s * TARGETS.length + i]!;
        const v = verdict(t, m, base!);
        row[`${urls.store} req/s`] = v["req/s"];
        row[`${urls.store} p99 ms`] = v["p99 ms"];
        row[`${urls.store} ok`] = v.ok;
        row.failures = Number(row.failures ?? 0) + m.failures;
      }
      rows.push(row);
    }
    console.log(
      `autocannon, ${CONNECTIONS} connections, ${DURATION_S}s per endpoint and round, median of ${ROUNDS} rounds, ` +
        `stores ${servers.map((x) => x.urls.store).join(" and ")} in the same run (ok: req/s target and p99 < 50 ms); ` +
        `requests carry a browser's Accept-Encoding unless the row says identity`,
    );
    console.table(rows);
    console.log(
      `normal traffic while two clients keep the Cypher pool (${servers[0]!.urls.store} store) saturated with hostile queries:`,
    );
    console.table(await underAttack(servers[0]!.urls.api, DURATION_S));
  } finally {
    for (const { child } of servers) child.kill();
    await db?.close();
  }
}

export async function run(args: string[]): Promise<void> {
  await runApiBench(!args.includes("--no-neo4j"));
}
