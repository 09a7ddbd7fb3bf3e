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
  /** Agreements reached under the error-class and budget rules, by rule. */
  notes: Record<string, number>;
  disagreements: Disagreement[];
}

export async function runSample(driver: Driver, database: string | undefined, o: SampleOptions): Promise<SampleReport> {
  const neo = new Neo4jSide(driver, database);
  const emb = new EmbeddedSide();
  const rng = new Prng(o.seed);
  const perGraph = o.kb ? o.count : (o.perGraph ?? 40);
  const report: SampleReport = { count: 0, agreed: 0, notes: {}, disagreements: [] };
  try {
    while (report.count < o.count) {
      const graph: TestGraph = o.kb ? kbGraph() : randomGraph(rng.fork());
      await neo.load(graph);
      emb.load(graph);
      for (let i = 0; i < perGraph && report.count < o.count; i++) {
        const query = generateQuery(rng.fork(), graph.schema);
        const [a, b] = [await neo.run(query.text), emb.run(query.text)];
        const verdict = compareOutcomes(query, a, b);
        report.count++;
        if (verdict.agree) {
          report.agreed++;
          if (verdict.note) report.notes[verdict.note] = (report.notes[verdict.note] ?? 0) + 1;
        } else {
          const setup = graph.kind === "random" ? graph.setup : "graph-data/";
          report.disagreements.push({ seed: o.seed, setup, query, reason: verdict.reason, neo4j: a, embedded: b });
        }
      }
    }
  } finally {
    await neo.close();
  }
  return report;
}
