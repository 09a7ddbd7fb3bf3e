// The real Neo4j the benchmarks measure beside our code: a throwaway instance from
// neo4j-launcher/ (or the one BENCH_NEO4J_URI names, whose database is overwritten), the
// synthetic graph loaded into it in batches, and queries timed over Bolt on loopback.
import neo4j, { type Driver, type Session } from "neo4j-driver";
import { launch } from "../neo4j-launcher/launch.ts";
import type { NodeRecord, RelationshipRecord } from "../server/cypher/index.ts";
import { summarize, type Timing } from "./measure.ts";

export interface BenchNeo4j {
  uri: string;
  driver: Driver;
  close(): Promise<void>;
}

/** A Neo4j for one benchmark run; stopped (if we started it) by close(). */
export async function benchNeo4j(): Promise<BenchNeo4j> {
  const given = process.env.BENCH_NEO4J_URI;
  const started = given ? undefined : await launch({ onStderr: (line) => process.stderr.write(`${line}\n`) });
  const uri = given ?? started!.uri;
  const driver = neo4j.driver(
    uri,
    neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""),
  );
  return {
    uri,
    driver,
    async close() {
      await driver.close();
      await started?.stop();
    },
  };
}

const BATCH = 10_000;

/** Empties the database, then loads the records (ids and `w` as integers, as the engine holds them). */
export async function loadSynthetic(
  driver: Driver,
  records: { nodes: NodeRecord[]; relationships: RelationshipRecord[] },
): Promise<void> {
  const session = driver.session();
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
    await session.run("CREATE CONSTRAINT bench_node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE");
    await session.run("CALL db.awaitIndexes(300)");
    const { nodes, relationships } = records;
    for (let i = 0; i < nodes.length; i += BATCH) {
      const rows = nodes.slice(i, i + BATCH).map((n) => ({ id: n.properties!.id, name: n.properties!.name }));
      await session.run("UNWIND $rows AS r CREATE (:Node {id: toInteger(r.id), name: r.name})", { rows });
    }
    const idOf = (ref: string | number) =>
      typeof ref === "number" ? nodes[ref]!.properties!.id : Number(ref.slice(1));
    for (let i = 0; i < relationships.length; i += BATCH) {
      const rows = relationships
        .slice(i, i + BATCH)
        .map((r) => ({ s: idOf(r.start), t: idOf(r.end), w: r.properties!.w }));
      await session.run(
        "UNWIND $rows AS r MATCH (a:Node {id: toInteger(r.s)}), (b:Node {id: toInteger(r.t)}) " +
          "CREATE (a)-[:LINK {w: toInteger(r.w)}]->(b)",
        { rows },
      );
    }
  } finally {
    await session.close();
  }
}

/** Integers as Cypher integers: a JS number would reach Neo4j as a float. */
export function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === "number" && Number.isInteger(v) ? neo4j.int(v) : v]),
  );
}

/** Runs a query and pulls every record, as a client reading the answer does. */
export async function runAll(session: Session, query: string, params: Record<string, unknown>): Promise<unknown[][]> {
  const result = await session.run(query, toNeo4jParams(params));
  return result.records.map((r) => r.keys.map((k) => r.get(k)));
}

/** Async twin of timeRepeated for Bolt round trips: warm-up runs untimed, then `reps` timed. */
export async function timeRepeatedAsync(
  reps: number,
  warmup: number,
  fn: (i: number) => Promise<unknown>,
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn(warmup + i);
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}
