// Engine benchmark: typical explorer queries on synthetic graphs of 10k/50k and 100k/500k,
// median and p95 per query and size, on our engine and on a real Neo4j 5 in the same run (the
// same graph, the same parameters, over Bolt on loopback, after warm-up), with the ratio
// ours/Neo4j; reference medians of an embedded C++ graph DB beside them.
// Run with `npm run bench engine [--reps N] [--no-neo4j]`. Not part of `npm test`.
import type Graph from "graphology";
import { CypherEngine } from "../server/cypher/index.ts";
import { bidirectionalBfsLength } from "./bfs.ts";
import { poolRss } from "./poolMemory.ts";
import { fmtMb, fmtMs, memory, timeOnce, timeRepeated, type Timing } from "./measure.ts";
import { benchNeo4j, loadSynthetic, runAll, timeRepeatedAsync, type BenchNeo4j } from "./neo4j.ts";
import { buildGraph, buildRecords, randomInt, seededRandom, SIZES, W_RANGE, type GraphSize } from "./synthetic.ts";

interface QuerySpec {
  name: string;
  /** Median of the reference DB at 100k/500k, in ms (given in the brief, same 2-core machine). */
  referenceMs?: number;
  query?: string;
  /** Parameters for repetition i. */
  params?: (rnd: () => number, size: GraphSize) => Record<string, unknown>;
  /** Full scans are expensive and not start-node dependent: fewer repetitions. */
  heavy?: boolean;
}

const startNode = (rnd: () => number, size: GraphSize) => ({ id: randomInt(rnd, size.nodes) });
const pair = (rnd: () => number, size: GraphSize) => ({ a: randomInt(rnd, size.nodes), b: randomInt(rnd, size.nodes) });

const QUERIES: QuerySpec[] = [
  { name: "lookup by id", referenceMs: 0.5, query: "MATCH (n:Node {id: $id}) RETURN n", params: startNode },
  {
    name: "1-hop, filter on w",
    referenceMs: 1.6,
    params: startNode,
    query: `MATCH (n:Node {id: $id})-[r:LINK]->(m) WHERE r.w >= ${W_RANGE / 2} RETURN m.id, r.w`,
  },
  {
    name: "2-hop count",
    referenceMs: 4.1,
    params: startNode,
    query: "MATCH (n:Node {id: $id})-[:LINK]->()-[:LINK]->(m) RETURN count(m)",
  },
  {
    name: "*1..4 count(*)",
    referenceMs: 2.5,
    params: startNode,
    query: "MATCH (n:Node {id: $id})-[:LINK*1..4]->(m) RETURN count(*)",
  },
  {
    name: "shortestPath",
    referenceMs: 19,
    params: pair,
    query: "MATCH (a:Node {id: $a}), (b:Node {id: $b}) MATCH p = shortestPath((a)-[:LINK*]->(b)) RETURN length(p)",
  },
  {
    name: "avg(r.w), count(*)",
    referenceMs: 12,
    heavy: true,
    query: "MATCH ()-[r:LINK]->() RETURN avg(r.w), count(*)",
  },
];

const BUILD_REFERENCE_MS = 600;
const BFS_NAME = "plain bidirectional BFS over graphology (baseline, ours)";

/** Budgets well above any sane query so a slow engine is measured, not cut off. */
const RUN_OPTIONS = { timeoutMs: 120_000, maxRows: 50_000_000 };

interface SizeResult {
  buildGraph: number;
  buildEngine: number;
  buildRecords: number;
  bulkLoad: number;
  checks: string[];
  timings: Map<string, Timing | string>;
  rss: number;
  heap: number;
  neo4j?: { load: number; timings: Map<string, Timing | string>; checks: string[] };
}

/** One indexed lookup, so lazily built indexes are charged to the build rather than the first query. */
const warmIndex = (e: CypherEngine): CypherEngine => {
  e.run("MATCH (n:Node {id: 0}) RETURN n", {}, RUN_OPTIONS);
  return e;
};

async function benchSize(size: GraphSize, reps: number): Promise<SizeResult> {
  // Each build is timed on a heap without the other one: a live 100k/500k graph slows every
  // allocation-heavy build through GC. The queries are timed on the bulk-loaded engine.
  const records = timeOnce(() => buildRecords(size));
  const loaded = timeOnce(() => warmIndex(CypherEngine.fromRecords(records.value)));
  const engine = loaded.value;
  const timings = await timeEachQuery(size, reps, (q, n, params) =>
    timeRepeated(n, q.heavy ? 2 : 20, () => void engine.run(q.query!, params(), RUN_OPTIONS)),
  );
  const bulkMs = { records: records.ms, load: loaded.ms };

  const built = timeOnce(() => buildGraph(size));
  const graph = built.value;
  const indexed = timeOnce(() => warmIndex(new CypherEngine(graph)));
  const rnd = seededRandom(7);
  timings.set(
    BFS_NAME,
    timeRepeated(reps, 20, () => {
      const { a, b } = pair(rnd, size);
      bidirectionalBfsLength(graph as Graph, `n${a}`, `n${b}`);
    }),
  );
  const checks = [
    ...crossCheck(indexed.value, graph, size).map((c) => `graphology-backed: ${c}`),
    // reloaded (untimed): the timed one was let go before graphology was built
    ...crossCheck(CypherEngine.fromRecords(buildRecords(size)), graph, size).map((c) => `bulk-loaded: ${c}`),
  ];
  return {
    buildGraph: built.ms,
    buildEngine: indexed.ms,
    buildRecords: bulkMs.records,
    bulkLoad: bulkMs.load,
    checks,
    timings,
    rss: memory.rss,
    heap: memory.heapUsed,
  };
}

/** The same queries with the same parameter sequences on Neo4j, after loading the same graph. */
async function benchNeo4jSize(db: BenchNeo4j, size: GraphSize, reps: number): Promise<SizeResult["neo4j"]> {
  const records = buildRecords(size);
  const t0 = performance.now();
  await loadSynthetic(db.driver, records);
  const load = performance.now() - t0;
  const session = db.driver.session();
  try {
    // Neo4j compiles and JIT-warms each plan over its first runs: a longer warm-up than ours.
    const timings = await timeEachQuery(size, reps, (q, n, params) =>
      timeRepeatedAsync(n, q.heavy ? 3 : 100, () => runAll(session, q.query!, params())),
    );
    // The two engines must agree on what was timed: a few answers compared value by value.
    const engine = CypherEngine.fromRecords(records);
    const checks: string[] = [];
    // Rows without ORDER BY come in any order: compare them sorted.
    const rnd = seededRandom(99);
    // The lookup returns a node, whose shape differs between the two clients; the rest are values.
    for (const q of QUERIES.filter((x) => x.name !== "lookup by id")) {
      const params = q.params?.(rnd, size) ?? {};
      const ours = JSON.stringify(
        engine
          .run(q.query!, params, RUN_OPTIONS)
          .rows.map((r) => r.map(plain))
          .sort(),
      );
      const theirs = JSON.stringify((await runAll(session, q.query!, params)).map((r) => r.map(plain)).sort());
      if (ours !== theirs) checks.push(`${q.name}: ours ${ours}, Neo4j ${theirs}`);
    }
    return { load, timings, checks };
  } finally {
    await session.close();
  }
}

/** Numbers of either engine as plain numbers (bigint, driver Integer, float) for comparison. */
function plain(v: unknown): unknown {
  if (typeof v === "bigint") return Number(v);
  if (v && typeof v === "object" && "toNumber" in v) return (v as { toNumber(): number }).toNumber();
  if (typeof v === "number") return Math.round(v * 1e9) / 1e9;
  return v;
}

/**
 * Times every query with the same seeded parameter sequence and repetition count on either
 * engine; one query that fails is reported in its cell without hiding the others' figures.
 */
async function timeEachQuery(
  size: GraphSize,
  reps: number,
  time: (q: QuerySpec, n: number, params: () => Record<string, unknown>) => Timing | Promise<Timing>,
): Promise<Map<string, Timing | string>> {
  const timings = new Map<string, Timing | string>();
  for (const q of QUERIES) {
    const rnd = seededRandom(7);
    const n = q.heavy ? Math.max(5, Math.round(reps / 10)) : reps;
    try {
      timings.set(q.name, await time(q, n, () => q.params?.(rnd, size) ?? {}));
    } catch (e) {
      timings.set(q.name, `error: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
    }
  }
  return timings;
}

/**
 * Timings of wrong answers are worthless: compare a few engine answers with values computed
 * directly on graphology (shortest path hop counts, 2-hop counts, relationship count).
 */
function crossCheck(engine: CypherEngine, graph: Graph, size: GraphSize): string[] {
  const problems: string[] = [];
  const rnd = seededRandom(99);
  const scalar = (q: string, p: Record<string, unknown>): unknown => engine.run(q, p, RUN_OPTIONS).rows[0]?.[0] ?? null;
  for (let i = 0; i < 5; i++) {
    const { a, b } = pair(rnd, size);
    if (a === b) continue; // shortestPath of a node to itself is a special case, not what we time
    const want = bidirectionalBfsLength(graph, `n${a}`, `n${b}`);
    const got = scalar(QUERIES.find((q) => q.name === "shortestPath")!.query!, { a, b });
    if ((want < 0 ? null : BigInt(want)) !== got)
      problems.push(`shortestPath ${a}->${b}: engine ${String(got)}, BFS ${want}`);
    let twoHop = 0;
    // Relationship uniqueness: a self-loop on the start node cannot be walked twice.
    graph.forEachOutEdge(`n${a}`, (_e, _at, source, mid) => {
      twoHop += graph.outDegree(mid) - (mid === source ? 1 : 0);
    });
    const got2 = scalar(QUERIES.find((q) => q.name === "2-hop count")!.query!, { id: a });
    if (got2 !== BigInt(twoHop)) problems.push(`2-hop from ${a}: engine ${String(got2)}, graphology ${twoHop}`);
  }
  const all = engine.run("MATCH ()-[r:LINK]->() RETURN count(*)", {}, RUN_OPTIONS).rows[0]?.[0];
  if (all !== BigInt(size.relationships)) problems.push(`count(*) of relationships: ${String(all)}`);
  return problems;
}

function cell(t: Timing | string | undefined): string {
  if (t === undefined) return "-";
  if (typeof t === "string") return t.slice(0, 40);
  return `${fmtMs(t.median)} / ${fmtMs(t.p95)}`;
}

function printTable(results: Map<string, SizeResult>, reps: number): void {
  const labels = [...results.keys()];
  const header = [
    "query",
    ...labels.flatMap((l) => [`${l} ours median / p95`, `${l} Neo4j median / p95`, `${l} ours/Neo4j`]),
    "reference median 100k/500k",
  ];
  const ratio = (a: Timing | string | undefined, b: Timing | string | undefined) =>
    a && b && typeof a !== "string" && typeof b !== "string" ? `${(a.median / b.median).toFixed(2)}×` : "-";
  const rows: string[][] = [
    [
      "graph build (graphology + engine index)",
      ...labels
        .map((l) => {
          const r = results.get(l)!;
          return [`${fmtMs(r.buildGraph + r.buildEngine)} (${fmtMs(r.buildGraph)} + ${fmtMs(r.buildEngine)})`, "", ""];
        })
        .flat(),
      fmtMs(BUILD_REFERENCE_MS),
    ],
    [
      "graph build (records + compact bulk load)",
      ...labels
        .map((l) => {
          const r = results.get(l)!;
          const ours = r.buildRecords + r.bulkLoad;
          return [
            `${fmtMs(ours)} (${fmtMs(r.buildRecords)} + ${fmtMs(r.bulkLoad)})`,
            r.neo4j ? `${fmtMs(r.neo4j.load)} (UNWIND batches of 10k)` : "-",
            r.neo4j ? `${(ours / r.neo4j.load).toFixed(2)}×` : "-",
          ];
        })
        .flat(),
      fmtMs(BUILD_REFERENCE_MS),
    ],
    ...[...QUERIES.map((q) => q.name), BFS_NAME].map((name) => {
      const ref = QUERIES.find((q) => q.name === name)?.referenceMs;
      return [
        name,
        ...labels.flatMap((l) => {
          const r = results.get(l)!;
          const ours = r.timings.get(name);
          const theirs = r.neo4j?.timings.get(name);
          return [cell(ours), cell(theirs), ratio(ours, theirs)];
        }),
        ref === undefined ? "" : fmtMs(ref),
      ];
    }),
    [
      "peak rss / heapUsed (process high-water so far)",
      ...labels.flatMap((l) => [`${fmtMb(results.get(l)!.rss)} / ${fmtMb(results.get(l)!.heap)}`, "", ""]),
      "",
    ],
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join(" | ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const r of rows) console.log(line(r));
  console.log("\nQueries run on the bulk-loaded engine; both builds are cross-checked.");
  console.log(
    `${reps} repetitions per query over seeded random start nodes (full scan: ${Math.max(5, Math.round(reps / 10))}), after warm-up.`,
  );
  console.log("Reference: a leading embedded C++ graph DB on this 2-core machine, 100k/500k.");
  console.log("Neo4j: 5.26 Community from neo4j-launcher/ (heap up to 2 GB), Bolt on loopback, records pulled.");
  for (const [l, r] of results) {
    console.log(
      `cross-check ${l}: ${r.checks.length ? r.checks.join("; ") : "both engines' answers match graphology"}`,
    );
    if (r.neo4j)
      console.log(
        `cross-check ${l} against Neo4j: ${r.neo4j.checks.length ? r.neo4j.checks.join("; ") : "same answers"}`,
      );
  }
}

export async function run(args: string[]): Promise<void> {
  const i = args.indexOf("--reps");
  const reps = i >= 0 ? Number(args[i + 1]) : 200;
  const results = new Map<string, SizeResult>();
  const db = args.includes("--no-neo4j") ? undefined : await benchNeo4j();
  try {
    for (const size of SIZES) {
      process.stderr.write(`engine bench: ${size.label} ...\n`);
      const result = await benchSize(size, reps);
      if (db) {
        process.stderr.write(`engine bench: ${size.label} on Neo4j ...\n`);
        result.neo4j = await benchNeo4jSize(db, size, reps);
      }
      results.set(size.label, result);
    }
  } finally {
    await db?.close();
  }
  printTable(results, reps);
  const largest = SIZES[SIZES.length - 1]!;
  process.stderr.write(`engine bench: ${largest.label} with the Cypher pool ...\n`);
  const pool = await poolRss(largest);
  console.log(
    `RSS at ${largest.label}: graph held once ${fmtMb(pool.single)}; with the Cypher pool of ${pool.threads} workers ` +
      `${fmtMb(pool.pooled)} (${(pool.pooled / pool.single).toFixed(2)}×: each worker holds its own copy of the graph)`,
  );
}
