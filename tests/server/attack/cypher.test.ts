// Hostile Cypher, one case per class: each answer comes within the limit + 1 s as the 4xx that
// names what was exceeded, and the server keeps answering afterwards.
import { describe, expect, it } from "vitest";
import { LIMIT_MS, attackServer, timedPost } from "../../helpers/attack.ts";

const s = attackServer();

async function expectRefused(query: string, status: number, code: string, params?: unknown) {
  const r = await timedPost(s, params === undefined ? { query } : { query, params });
  expect(r.status, r.text.slice(0, 300)).toBe(status);
  expect(r.json.error.code).toBe(code);
  expect(r.ms).toBeLessThan(LIMIT_MS + 1000);
  return r;
}

describe("hostile Cypher on the embedded store", () => {
  it("refuses range() with huge bounds before building it (422 naming the size limit)", async () => {
    const r = await expectRefused("RETURN size(range(1, 1000000000000)) AS n", 422, "MemoryLimitExceeded");
    expect(r.json.error.details.cypherCode).toBe("SizeLimitExceeded");
    expect(r.ms).toBeLessThan(500);
  });

  it("stops a string doubled in reduce() at the size limit", async () => {
    await expectRefused("RETURN size(reduce(s = 'ab', i IN range(1, 64) | s + s)) AS n", 422, "MemoryLimitExceeded");
  });

  it("stops split(), reverse() and size() of a huge string", async () => {
    const big = "reduce(s = 'xy', i IN range(1, 21) | s + s)";
    await expectRefused(`WITH ${big} AS s RETURN size(split(s, '')) AS n`, 422, "MemoryLimitExceeded");
    await expectRefused(`WITH ${big} AS s RETURN reverse(s + s + s + s) AS r`, 422, "MemoryLimitExceeded");
    await expectRefused(`RETURN size(reduce(s = 'xy', i IN range(1, 40) | s + s)) AS n`, 422, "MemoryLimitExceeded");
  });

  it("stops nested comprehensions over large lists within the limit", async () => {
    const r = await timedPost(s, {
      query: "RETURN size([a IN range(1, 3000) | [b IN range(1, 3000) | [a, b]]]) AS n",
    });
    expect([408, 422]).toContain(r.status);
    expect(r.ms).toBeLessThan(LIMIT_MS + 1000);
  });

  it("stops reduce() growing a list out of a parameter list", async () => {
    const xs = Array.from({ length: 8000 }, (_, i) => i);
    const r = await timedPost(s, {
      query: "RETURN size(reduce(acc = [], x IN $xs | acc + [x, x])) AS n",
      params: { xs },
    });
    expect([408, 422]).toContain(r.status);
    expect(r.ms).toBeLessThan(LIMIT_MS + 1000);
  });

  it("bounds many paths collected and copied into the result", async () => {
    const r = await timedPost(s, { query: "MATCH p = ()-[*1..8]-() RETURN collect(p) AS ps, collect(nodes(p)) AS ns" });
    expect([408, 422]).toContain(r.status);
    expect(r.ms).toBeLessThan(LIMIT_MS + 1000);
  });

  it("refuses a result whose nested size passes the limit before serialising it", async () => {
    // 300 strings of 64 Ki characters: each is small enough to build, together they are not.
    const r = await expectRefused(
      "RETURN [x IN range(1, 300) | reduce(s = 'x', i IN range(1, 16) | s + s)] AS strings",
      422,
      "MemoryLimitExceeded",
    );
    expect(r.json.error.message).toMatch(/size limit/);
  });

  it("refuses a result value nested deeper than the limit, naming it", async () => {
    const r = await expectRefused("RETURN reduce(l = [], i IN range(1, 500) | [l]) AS deep", 400, "CypherError");
    expect(r.json.error.details.cypherCode).toBe("NestingLimitExceeded");
    expect(r.json.error.message).toMatch(/64 levels/);
  });

  it("ends catastrophic backtracking in =~ at the deadline and keeps answering", async () => {
    await expectRefused(`RETURN '${"a".repeat(40)}!' =~ '(a+)+b' AS m`, 408, "QueryTimeout");
    const ok = await timedPost(s, { query: "RETURN 'abc' =~ 'a.c' AS m" });
    expect(ok.status).toBe(200);
    expect(ok.json.rows).toEqual([[true]]);
  });

  it("answers 400 to an invalid regular expression", async () => {
    const r = await expectRefused("RETURN 'a' =~ '(' AS m", 400, "CypherError");
    expect(r.json.error.details.cypherCode).toBe("ArgumentError.InvalidRegex");
  });

  it("answers 400 naming the limit to query text nested too deeply", async () => {
    const r = await expectRefused(`RETURN ${"[".repeat(3000)}1${"]".repeat(3000)} AS x`, 400, "CypherError");
    expect(r.json.error.details.cypherCode).toBe("SyntaxError.NestingLimitExceeded");
    await expectRefused(`RETURN ${"NOT ".repeat(3000)}true AS x`, 400, "CypherError");
    await expectRefused(`RETURN ${"- ".repeat(5000)}1 AS x`, 400, "CypherError");
  });

  it("answers 400 to JSON parameters nested too deeply", async () => {
    const deep = `{"query": "RETURN $p AS p", "params": {"p": ${"[".repeat(5000)}${"]".repeat(5000)}}}`;
    const r = await timedPost(s, deep);
    expect(r.status).toBe(400);
    expect(r.json.error.message).toMatch(/64 levels/);
  });

  it("keeps 64-bit integer parameters exact and refuses wider ones with a 400", async () => {
    const exact = await timedPost(s, '{"query": "RETURN $n + 0 AS n", "params": {"n": 9223372036854775807}}');
    expect(exact.status).toBe(200);
    expect(exact.json.rows).toEqual([["9223372036854775807"]]);
    const wide = await timedPost(s, '{"query": "RETURN $n AS n", "params": {"n": 9223372036854775808}}');
    expect(wide.status).toBe(400);
    expect(wide.json.error.code).toBe("InvalidInput");
    expect(wide.json.error.message).toMatch(/64 bits/);
  });

  it("never lets parameters or map keys reach JavaScript object internals", async () => {
    const missing = await timedPost(s, { query: "RETURN $constructor AS c" });
    expect(missing.status).toBe(400);
    expect(missing.json.error.details.cypherCode).toMatch(/MissingParameter/);
    const r = await timedPost(s, {
      query: "RETURN $p.constructor AS c, $p.toString AS t, $p AS p, {__proto__: 1}.__proto__ AS m, keys($p) AS k",
      params: JSON.parse('{"p": {"__proto__": {"polluted": true}}}'),
    });
    expect(r.status).toBe(200);
    expect(r.json.rows).toEqual([[null, null, JSON.parse('{"__proto__": {"polluted": true}}'), 1, ["__proto__"]]]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("draws only real nodes: a map shaped like a node stays a map", async () => {
    const r = await timedPost(s, {
      query:
        "MATCH (n:State) WITH n ORDER BY n.id LIMIT 1 RETURN n, {kind: 'node', id: 'fake', labels: ['State'], properties: {}} AS m",
    });
    expect(r.status).toBe(200);
    expect(r.json.graph.nodes.map((n: { id: string }) => n.id)).not.toContain("fake");
    expect(r.json.graph.nodes).toHaveLength(1);
  });
});

describe("the answer cache and Cypher", () => {
  it("never answers a query that calls rand() from the cache", async () => {
    const once = await timedPost(s, { query: "RETURN rand() AS r" });
    const twice = await timedPost(s, { query: "RETURN rand() AS r" });
    expect(once.json.rows[0][0]).not.toBe(twice.json.rows[0][0]);
  });
});
