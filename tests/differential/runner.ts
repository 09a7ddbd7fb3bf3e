// Runs a seeded sample: builds each graph on both engines, generates queries for it, runs every
// query on both and keeps the disagreements with what is needed to replay them.
import type { Driver } from "neo4j-driver";
import { Prng } from "./prng.ts";
import { kbGraph, randomGraph, type TestGraph } from "./graphs.ts";
import { generateQuery, type GeneratedQuery } from "./generator/queries.ts";
import { compareOutcomes, type Outcome } from "./compare.ts";
import { EmbeddedSide, Neo4jSide } from "./engines.ts";

export interface SampleOptions {
  count: number;
  seed: number;
  /** Query the knowledge base instead of random graphs. */
  kb: boolean;
  /** Queries per random graph. */
  perGraph?: number;
}

export interface Disagreement {
  seed: number;
  /** The CREATE statement of the graph, or "graph-data/" for the knowledge base. */
  setup: string;
  query: GeneratedQuery;
  reason: string;
  neo4j: Outcome;
  embedded: Outcome;
}

export interface SampleReport {
  count: number;
  agreed: number;
  /** Agreements on failures (both-failed, error-class) and under the budget rule, by kind. */
  notes: Record<string, number>;
  disagreements: Disagreement[];
  /** The slowest queries (Neo4j and embedded time together), slowest first. */
  slowest: { ms: number; text: string }[];
  /** Wall time until each engine had answered (Neo4j answers while the embedded engine runs). */
  ms: { neo4j: number; embedded: number };
}

/** Neo4j sessions answering one graph's queries at once (the embedded engine runs meanwhile). */
const PARALLEL = 3;

export async function runSample(driver: Driver, database: string | undefined, o: SampleOptions): Promise<SampleReport> {
  const neo = new Neo4jSide(driver, database);
  const emb = new EmbeddedSide();
  const rng = new Prng(o.seed);
  const perGraph = o.kb ? o.count : (o.perGraph ?? 40);
  const report: SampleReport = {
    count: 0,
    agreed: 0,
    notes: {},
    disagreements: [],
    slowest: [],
    ms: { neo4j: 0, embedded: 0 },
  };
  try {
    while (report.count < o.count) {
      const graph: TestGraph = o.kb ? kbGraph() : randomGraph(rng.fork());
      await neo.load(graph);
      emb.load(graph);
      const queries: GeneratedQuery[] = [];
      for (let i = 0; i < perGraph && report.count + queries.length < o.count; i++)
        queries.push(generateQuery(rng.fork(), graph.schema));
      const started = performance.now();
      const neoAnswers = neo.runAll(
        queries.map((q) => q.text),
        PARALLEL,
      );
      const embAnswers: Outcome[] = [];
      for (const q of queries) {
        const t = performance.now();
        embAnswers.push(emb.run(q.text));
        report.slowest.push({ ms: Math.round(performance.now() - t), text: `[embedded] ${q.text}` });
        // let the driver read Neo4j's answers in between (the engine runs synchronously)
        await new Promise((resolve) => setImmediate(resolve));
      }
      report.ms.embedded += performance.now() - started;
      const answers = await neoAnswers;
      report.ms.neo4j += performance.now() - started;
      report.slowest = report.slowest.sort((x, y) => y.ms - x.ms).slice(0, 5);
      queries.forEach((query, i) => {
        const [a, b] = [answers[i]!, embAnswers[i]!];
        const verdict = compareOutcomes(query, a, b);
        report.count++;
        if (verdict.agree) {
          report.agreed++;
          if (verdict.note) report.notes[verdict.note] = (report.notes[verdict.note] ?? 0) + 1;
        } else {
          const setup = graph.kind === "random" ? graph.setup : "graph-data/";
          report.disagreements.push({ seed: o.seed, setup, query, reason: verdict.reason, neo4j: a, embedded: b });
        }
      });
    }
  } finally {
    await neo.close();
  }
  return report;
}
