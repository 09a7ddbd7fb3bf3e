// The worker pool under attack: the event loop stays free (health within 100 ms while every
// worker runs hostile queries), a runaway allocation ends one worker with a 422, a full queue
// answers 503 with Retry-After, one client cannot hold every worker, and memory comes back.
import { describe, expect, it } from "vitest";
import {
  LIMIT_MS,
  percentile,
  postFrom,
  probeHealth,
  attackServer,
  timedPost,
  untilAnswered,
  warmUp,
} from "../../helpers/attack.ts";

// Distinct texts: identical requests in flight share one computation (the answer cache's memo).
let seq = 0;
const backtrack = () => ({ query: `RETURN '${"a".repeat(40)}!' =~ '(a+)+b' AS m${seq++}` });
const growth = () => ({ query: `RETURN size([a IN range(1, 4000) | [b IN range(1, 4000) | a + b]]) AS n${seq++}` });

describe("the pool under hostile load", () => {
  const s = attackServer({ CYPHER_QUEUE_MAX: "8" });

  it("keeps /api/health under 100 ms while every worker runs hostile queries, and memory returns near its baseline", async () => {
    const baseline = process.memoryUsage().rss;
    const probe = probeHealth(s, 25);
    const started = performance.now();
    const attacks = await Promise.all([
      ...[backtrack(), growth(), backtrack()].map((q) => postFrom(s.url, "127.0.0.1", q)),
      ...[growth(), backtrack(), growth()].map((q) => postFrom(s.url, "127.0.0.2", q)),
    ]);
    const latencies = await probe.stop();
    for (const a of attacks) expect([408, 422, 503]).toContain(a.status);
    // Every attack ended within two limits (one waiting for a worker, one running) + 1 s.
    expect(Math.max(...attacks.map((a) => a.at - started))).toBeLessThan(2 * LIMIT_MS + 1000);
    expect(latencies.length).toBeGreaterThan(4);
    // The event loop is free: health is answered in its usual time. The median is asserted, not
    // every probe: on a shared 2-core machine the OS alone delays some answers (the 95th
    // percentile of an idle server there is already ~80 ms); no probe waits for a query.
    expect(percentile(latencies, 50)).toBeLessThan(100);
    expect(Math.max(...latencies)).toBeLessThan(LIMIT_MS);
    // Workers stopped at their deadline are being replaced: the next answers may wait for them.
    const ok = await untilAnswered(s, { query: "RETURN 41 + 1 AS n" });
    expect(ok.json.rows).toEqual([[42]]);
    await new Promise((r) => setTimeout(r, 500));
    expect(process.memoryUsage().rss - baseline).toBeLessThan(256 * 1024 * 1024);
  });

  it("lets another client through while one client keeps every worker it may hold busy", async () => {
    await warmUp(s);
    const hog = [1, 2].map(() => postFrom(s.url, "127.0.0.1", backtrack()));
    await new Promise((r) => setTimeout(r, 100));
    const other = await postFrom(s.url, "127.0.0.2", { query: "RETURN 1 AS one" });
    expect(other.status, JSON.stringify(other.json)).toBe(200);
    // Answered on the worker the hog may not take, while the hog's queries still run.
    const hogEnds = await Promise.all(hog);
    expect(other.at).toBeLessThan(Math.min(...hogEnds.map((h) => h.at)));
  });

  it("answers 503 with Retry-After when a client's share of the queue is full", async () => {
    const burst = await Promise.all(Array.from({ length: 6 }, () => postFrom(s.url, "127.0.0.1", backtrack())));
    const refused = burst.filter((r) => r.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0].json.error?.code).toBe("Overloaded");
    const r = await fetch(`${s.url}/api/health`);
    expect(r.status).toBe(200);
  });

  it("sends Retry-After with an overload answer", async () => {
    const pending = Array.from({ length: 5 }, () => s.post("/api/cypher", backtrack()));
    const replies = await Promise.all(pending);
    const refused = replies.find((r) => r.status === 503);
    expect(refused).toBeDefined();
    expect(Number(refused!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  });
});

describe("the heap ceiling of a worker", () => {
  // A size budget too large to stop the query first, so the worker's memory guard does.
  const s = attackServer({
    CYPHER_WORKER_HEAP_MB: "64",
    CYPHER_MAX_VALUE_SIZE: "1000000000",
    // Long enough for the heap to run out before the deadline on a loaded machine.
    CYPHER_TIMEOUT_MS: "4000",
  });

  // The heap guard (70 % of the ceiling) and the size estimate stop this before the ceiling: at
  // the ceiling itself V8 may abort the whole process rather than the worker.
  it("stops a runaway allocation below its worker's heap ceiling, answering 422 MemoryLimitExceeded", async () => {
    const r = await timedPost(s, { query: "RETURN size(range(1, 100000000)) AS n" });
    expect(r.status, r.text.slice(0, 300)).toBe(422);
    expect(r.json.error.code).toBe("MemoryLimitExceeded");
    expect(r.ms).toBeLessThan(4000 + 1000);
    // Many small allocations: the heap guard reads the heap with the clock and stops the query.
    const grown = await timedPost(s, {
      query: "RETURN size([a IN range(1, 4000) | [b IN range(1, 4000) | a + b]]) AS n",
    });
    expect(grown.status, grown.text.slice(0, 300)).toBe(422);
    expect(grown.json.error.message).toMatch(/MB of memory/);
    const ok = await timedPost(s, { query: "RETURN 1 AS one" });
    expect(ok.status).toBe(200);
  });
});
