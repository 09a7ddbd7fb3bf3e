// Property-based hostile queries (fast-check): nesting, growth, backtracking, cartesian products
// and nested comprehensions of random sizes. Whatever the size, the answer comes within the
// limit + 1 s, is a 2xx only when the result is small, a 4xx otherwise, and the server stays up
// with its event loop free. FUZZ_SEED replays a run; CI uses a fixed seed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LIMIT_MS, percentile, probeHealth, attackServer, timedPost } from "../../helpers/attack.ts";

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.CI === "true" ? 20_261_129 : undefined;

const int = (min: number, max: number) => fc.integer({ min, max });

/** `depth` comprehensions over range(1, n), each inside the previous one's projection. */
const comprehension = (depth: number, n: number): string =>
  depth === 0 ? "1" : `[x${depth} IN range(1, ${n}) | ${comprehension(depth - 1, n)}]`;

/** Each arbitrary is a family of hostile queries, sized at random from harmless to huge. */
const hostile = fc.oneof(
  int(1, 400).map((d) => `RETURN ${"[".repeat(d)}1${"]".repeat(d)} AS nested`),
  int(1, 400).map((d) => `RETURN ${"(".repeat(d)}1${")".repeat(d)} AS parens`),
  fc
    .tuple(int(1, 80), fc.constantFrom("s + s", "s + s + s", "reverse(s) + s"))
    .map(([n, grow]) => `RETURN size(reduce(s = 'ab', i IN range(1, ${n}) | ${grow})) AS grown`),
  fc
    .tuple(fc.bigInt({ min: -(2n ** 62n), max: 2n ** 62n }), fc.bigInt({ min: -(2n ** 62n), max: 2n ** 62n }))
    .map(([a, b]) => `RETURN size(range(${a}, ${b})) AS r`),
  fc
    .tuple(int(5, 40), fc.constantFrom("(a+)+b", "(a|aa)+b", "(a*)*b", "a+b"))
    .map(([n, re]) => `RETURN '${"a".repeat(n)}!' =~ '${re}' AS m`),
  fc
    .tuple(int(1, 3000), int(1, 3000))
    .map(([n, m]) => `UNWIND range(1, ${n}) AS a UNWIND range(1, ${m}) AS b RETURN count(*) AS c`),
  fc
    .tuple(int(1, 3000), int(1, 3000))
    .map(([n, m]) => `RETURN size([a IN range(1, ${n}) | [b IN range(1, ${m}) | a * b]]) AS cells`),
  int(1, 10).map((h) => `MATCH p = ()-[*1..${h}]-() RETURN count(p) AS paths, collect(nodes(p))[0] AS first`),
  fc.tuple(int(1, 4), int(10, 2000)).map(([depth, n]) => `RETURN size(${comprehension(depth, n)}) AS nestedLists`),
);

describe("generated hostile queries", () => {
  const s = attackServer();

  it("answer within the limit + 1 s with a small 2xx or a 4xx, and leave health answering", async () => {
    const probe = probeHealth(s, 50);
    const seen: string[] = [];
    await fc.assert(
      fc.asyncProperty(hostile, async (query) => {
        const r = await timedPost(s, { query });
        seen.push(`${r.status} ${Math.round(r.ms)}ms ${query.slice(0, 80)}`);
        expect([200, 400, 408, 422, 503], `${query}: ${r.text.slice(0, 200)}`).toContain(r.status);
        expect(r.ms, query).toBeLessThan(LIMIT_MS + 1000);
        if (r.status === 200) expect(r.text.length).toBeLessThan(1_000_000);
      }),
      { numRuns: 10, seed, endOnFailure: true },
    );
    const latencies = await probe.stop();
    expect(percentile(latencies, 50), seen.join("\n")).toBeLessThan(100);
    const health = await s.get("/api/health");
    expect(health.status).toBe(200);
  }, 60_000);
});
