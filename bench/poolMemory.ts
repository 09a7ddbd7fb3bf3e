// The engine bench's memory row for the worker pool: in a fresh child process, the synthetic graph
// held by the main thread (as the embedded store holds it), then the same with the Cypher pool
// started over it (each worker gets its own copy today), RSS after one query per worker. The
// ratio is what issue 10's shared compact graph would bring down to ≤ 1.5×.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { MultiDirectedGraph } from "graphology";
import type { StoreGraph } from "../server/graph/view.ts";
import { WorkPool } from "../server/work/pool.ts";
import { buildGraph, type GraphSize } from "./synthetic.ts";

interface PoolRss {
  single: number;
  pooled: number;
  /** Workers started (those that run at once, and the spare). */
  threads: number;
}

const THREADS = 2;

async function measureInChild(size: GraphSize): Promise<void> {
  const graph = MultiDirectedGraph.from(buildGraph(size).export()) as StoreGraph;
  global.gc?.();
  const single = process.memoryUsage().rss;
  const pool = new WorkPool(
    { threads: THREADS, perClient: THREADS, queueMax: 8, heapMb: 8192, graceMs: 300 },
    { graph: graph.export(), documents: [] },
  );
  await pool.ready();
  const query = {
    query: "MATCH (n:Node {id: 0}) RETURN n.id AS id",
    params: {},
    limits: { timeoutMs: 600_000, maxRows: 10 },
  };
  await Promise.all(
    Array.from({ length: THREADS }, (_, i) => pool.run(`c${i}`, { kind: "cypher", input: query }, 600_000)),
  );
  const pooled = process.memoryUsage().rss;
  await pool.close();
  // The pool starts one spare worker beyond those that run at once.
  process.send!({ single, pooled, threads: THREADS + 1 } satisfies PoolRss);
}

if (process.env.BENCH_POOL_CHILD) void measureInChild(JSON.parse(process.env.BENCH_POOL_CHILD) as GraphSize);

/** RSS of the graph alone and with the pool, measured in a child process. */
export async function poolRss(size: GraphSize): Promise<PoolRss> {
  const child = fork(fileURLToPath(import.meta.url), [], {
    execArgv: ["--import", "tsx", "--expose-gc", "--max-old-space-size=8192"],
    env: { ...process.env, BENCH_POOL_CHILD: JSON.stringify(size) },
  });
  try {
    return await new Promise<PoolRss>((resolve, reject) => {
      child.once("message", (m) => resolve(m as PoolRss));
      child.once("exit", (code) => reject(new Error(`pool memory child exited with ${code}`)));
    });
  } finally {
    child.kill();
  }
}
