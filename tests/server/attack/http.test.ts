// HTTP-level attacks: connections that never finish their request head (or body) are closed after
// the head (or request) timeout, connections past the cap are refused, heavy GET requests (many hops and paths, big
// exports) answer within the limit + 1 s, and the analysis budget answers 429 with Retry-After.
import { connect, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { LIMIT_MS, percentile, probeHealth, attackServer } from "../../helpers/attack.ts";
import type { TestServer } from "../../helpers/server.ts";

const HEAD_TIMEOUT_MS = 500;
const REQUEST_TIMEOUT_MS = 1000;

/** Opens a socket to the server and resolves with it and a promise of when the server closes it. */
function open(s: TestServer): Promise<{ socket: Socket; closed: Promise<number> }> {
  const url = new URL(s.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    const started = performance.now();
    const closed = new Promise<number>((res) => socket.on("close", () => res(performance.now() - started)));
    socket.on("error", () => {});
    socket.once("connect", () => resolve({ socket, closed }));
    socket.once("error", reject);
  });
}

describe("slow and idle connections", () => {
  const s = attackServer(
    {
      HEADERS_TIMEOUT_MS: String(HEAD_TIMEOUT_MS),
      REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      MAX_CONNECTIONS: "30",
    },
    false,
  );

  it("closes connections that never finish their request head, and keeps answering meanwhile", async () => {
    const probe = probeHealth(s, 25);
    const conns = await Promise.all(Array.from({ length: 20 }, () => open(s)));
    // A slow-loris client: one header line at a time, never the blank line that ends the head.
    for (const { socket } of conns) socket.write("GET /api/health HTTP/1.1\r\nHost: localhost\r\n");
    const drip = setInterval(() => conns.forEach(({ socket }) => socket.write("X-Drip: 1\r\n")), 100);
    const closedAfter = await Promise.all(conns.map((c) => c.closed));
    clearInterval(drip);
    const latencies = await probe.stop();
    expect(Math.max(...closedAfter)).toBeLessThan(HEAD_TIMEOUT_MS + 2000);
    expect(percentile(latencies, 50)).toBeLessThan(100);
  });

  it("closes a request whose body never finishes once the request timeout passes", async () => {
    const { socket, closed } = await open(s);
    socket.write(
      "POST /api/cypher HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{",
    );
    const drip = setInterval(() => socket.write(" "), 100);
    const after = await closed;
    clearInterval(drip);
    expect(after).toBeLessThan(REQUEST_TIMEOUT_MS + 2000);
  });

  it("refuses connections past MAX_CONNECTIONS and serves again once they go", async () => {
    const conns = await Promise.all(Array.from({ length: 40 }, () => open(s)));
    const early = await Promise.all(
      conns.map(({ closed }) =>
        Promise.race([closed.then(() => true), new Promise((r) => setTimeout(() => r(false), 300))]),
      ),
    );
    expect(early.filter(Boolean).length).toBeGreaterThanOrEqual(10);
    conns.forEach(({ socket }) => socket.destroy());
    await new Promise((r) => setTimeout(r, 100));
    const r = await s.get("/api/health");
    expect(r.status).toBe(200);
  });
});

describe("heavy GET requests", () => {
  const s = attackServer();

  const timedGet = async (path: string) => {
    const t = performance.now();
    const r = await s.get(path);
    return { ...r, ms: performance.now() - t };
  };

  it("answers paths with the most hops and paths allowed within the limit + 1 s", async () => {
    const r = await timedGet("/api/paths?from=kazakhstan&to=russia&maxHops=6&k=50");
    expect([200, 408, 422]).toContain(r.status);
    expect(r.ms).toBeLessThan(LIMIT_MS + 1000);
  });

  it("answers the largest routes and neighbourhood requests within the limit + 1 s", async () => {
    for (const path of [
      "/api/routes?from=kazakhstan&maxHops=8&limit=100&avoid=",
      "/api/neighbourhood?ids=kazakhstan,russia,china&depth=3",
      "/api/leverage?limit=500",
    ]) {
      const r = await timedGet(path);
      expect([200, 408, 422], path).toContain(r.status);
      expect(r.ms, path).toBeLessThan(LIMIT_MS + 1000);
    }
  });

  it("renders a big export once and serves it again from the cache", async () => {
    const path = "/api/export?format=graphml&center=kazakhstan&depth=3";
    const first = await timedGet(path);
    expect(first.status).toBe(200);
    expect(first.ms).toBeLessThan(LIMIT_MS + 1000);
    const again = await timedGet(path);
    expect(again.text).toBe(first.text);
    expect(again.ms).toBeLessThan(100);
  });
});

describe("the analysis budget", () => {
  const s = attackServer({ ANALYSIS_RATE_POINTS: "20" }, false);

  it("charges by the size of the request and answers 429 with Retry-After when spent", async () => {
    const small = await s.get("/api/paths?from=kazakhstan&to=russia&maxHops=2&k=5");
    expect(small.status).toBe(200);
    const big = await s.get("/api/paths?from=kazakhstan&to=russia&maxHops=6&k=50");
    expect(big.status).toBe(429);
    expect(big.json.error.code).toBe("RateLimited");
    expect(big.json.error.details.cost).toBe(60);
    expect(Number(big.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    // A cached answer costs nothing.
    const again = await s.get("/api/paths?from=kazakhstan&to=russia&maxHops=2&k=5");
    expect(again.status).toBe(200);
  });
});
