// Helpers of the attack suite (tests/server/attack/): a server with short limits, a prober that
// keeps asking /api/health while an attack runs and reports how long each answer took, requests
// from another loopback address (another client to the server), and a timed POST.
import { afterAll, beforeAll } from "vitest";
import { postFrom } from "./loopbackClient.ts";
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

/**
 * An attack server for the enclosing describe block (or file): started, warmed up unless `warm`
 * is false, and closed around its tests. The returned object stands for it once started.
 */
export function attackServer(env: Record<string, string> = {}, warm = true): TestServer {
  let current: TestServer | undefined;
  beforeAll(async () => {
    current = await startAttackServer(env);
    if (warm) await warmUp(current);
  }, 60_000);
  afterAll(async () => current?.close());
  return new Proxy({} as TestServer, {
    get: (_target, key) => {
      if (!current) throw new Error("the attack server is used before its beforeAll ran");
      const v = current[key as keyof TestServer];
      return typeof v === "function" ? v.bind(current) : v;
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
  // Both workers at once (two clients, so neither waits for its share): after a worker was
  // stopped at a deadline, its replacement may still be starting; wait until both answer.
  const until = Date.now() + 20_000;
  for (let round = 0; Date.now() < until; round++) {
    const replies = await Promise.all(
      ["127.0.0.1", "127.0.0.2"].map((address) =>
        postFrom(s.url, address, { query: `RETURN ${round} AS warm${Date.now()}` }),
      ),
    );
    if (replies.every((r) => r.status === 200)) return;
  }
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

export { postFrom };
