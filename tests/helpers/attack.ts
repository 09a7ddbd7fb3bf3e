// Helpers of the attack suite (tests/server/attack/): a server with short limits, a prober that
// keeps asking /api/health while an attack runs and reports how long each answer took, requests
// from another loopback address (another client to the server), and a timed POST.
import { request } from "node:http";
import { startTestServer, type Reply, type TestServer } from "./server.ts";

/** Short limits so every attack ends quickly; the suite asserts answers within the limit + 1 s. */
export const LIMIT_MS = 1000;

export function startAttackServer(env: Record<string, string> = {}): Promise<TestServer> {
  return startTestServer({
    env: {
      CYPHER_TIMEOUT_MS: String(LIMIT_MS),
      CYPHER_WORKERS: "2",
      CYPHER_WORKER_HEAP_MB: "128",
      RATE_LIMIT_MAX: "100000",
      ANALYSIS_RATE_POINTS: "100000",
      ...env,
    },
  });
}

export interface Timed extends Reply {
  ms: number;
}

export async function timedPost(s: TestServer, body: unknown): Promise<Timed> {
  const t = performance.now();
  const r = await s.post("/api/cypher", body);
  return { ...r, ms: performance.now() - t };
}

/** Posts until the answer is not a 503 (a pool whose workers are being replaced), for up to 10 s. */
export async function untilAnswered(s: TestServer, body: unknown): Promise<Reply> {
  const until = Date.now() + 10_000;
  for (;;) {
    const r = await s.post("/api/cypher", body);
    if (r.status !== 503 || Date.now() > until) return r;
    await new Promise((res) => setTimeout(res, 200));
  }
}

/** Resolves when the pool answers a trivial query, so timings do not include worker start-up. */
export async function warmUp(s: TestServer): Promise<void> {
  for (let i = 0; i < 4; i++) await untilAnswered(s, { query: `RETURN ${i} AS warm${Date.now()}` });
}

/** Asks /api/health every `everyMs` until stopped; returns every latency in ms. */
export function probeHealth(s: TestServer, everyMs = 50): { stop(): Promise<number[]> } {
  const latencies: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const t = performance.now();
      const r = await fetch(`${s.url}/api/health`);
      await r.text();
      latencies.push(performance.now() - t);
      if (r.status !== 200) throw new Error(`health answered ${r.status}`);
      await new Promise((res) => setTimeout(res, everyMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return latencies;
    },
  };
}

export const percentile = (xs: number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

/** POST /api/cypher from another loopback address, so the server sees another client. */
export function postFrom(
  s: TestServer,
  localAddress: string,
  body: unknown,
): Promise<{ status: number; json: { error?: { code: string } }; at: number }> {
  const url = new URL(`${s.url}/api/cypher`);
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        localAddress,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload) },
      },
      (res) => {
        let text = "";
        res.on("data", (c) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text), at: performance.now() }));
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}
