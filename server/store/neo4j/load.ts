// Loads graph-data/ into Neo4j with the generated statements under cypher/ (constraints, then
// batched UNWIND ... MERGE, then a prune of what graph-data/ no longer holds). Idempotent: a
// second run leaves the database as it was. Also `npm run db:load` when run directly.
import neo4j, { type Driver } from "neo4j-driver";
import { loadKnowledgeBase } from "../../../graph-data/load.ts";
import type { KnowledgeBase } from "../../../graph-data/schema/index.ts";
import { toGraphRecords, type Properties } from "../records.ts";
import { readStatements } from "../cypherFiles.ts";

const BATCH = 500;

/** Integral JS numbers travel as Neo4j Integers, others as Floats: the embedded engine reads them alike. */
function typed(props: Properties): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) out[k] = typeof v === "number" && Number.isInteger(v) ? neo4j.int(v) : v;
  return out;
}

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out.length ? out : [[]];
}

export interface LoadCounts {
  nodes: number;
  relationships: number;
}

async function count(driver: Driver, database?: string): Promise<LoadCounts> {
  // Plain MATCH … count, no CALL subqueries: the statement runs on both stores alike.
  const { records } = await driver.executeQuery(
    "MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships",
    {},
    { database, routing: neo4j.routing.READ },
  );
  const r = records[0]!;
  return { nodes: Number(r.get("nodes")), relationships: Number(r.get("relationships")) };
}

export async function loadIntoNeo4j(driver: Driver, kb: KnowledgeBase, database?: string): Promise<LoadCounts> {
  const { nodes, relationships } = toGraphRecords(kb);
  for (const statement of readStatements("schema/constraints.cypher"))
    await driver.executeQuery(statement, {}, { database });
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite(async (tx) => {
      const nodeRows = nodes.map((n) => ({ ...n, properties: typed(n.properties) }));
      const relRows = relationships.map((r) => ({ ...r, properties: typed(r.properties) }));
      const nodeKeys = nodes.map((n) => `${n.id}|${n.label}`);
      const relationshipKeys = relationships.map((r) => `${r.id}|${r.type}|${r.from}|${r.to}`);
      for (const statement of readStatements("load/1-prune-nodes.cypher")) await tx.run(statement, { nodeKeys });
      for (const statement of readStatements("load/2-nodes.cypher"))
        for (const batch of batches(nodeRows)) await tx.run(statement, { nodes: batch });
      for (const statement of readStatements("load/3-relationships.cypher"))
        for (const batch of batches(relRows)) await tx.run(statement, { relationships: batch });
      for (const statement of readStatements("load/4-prune-relationships.cypher"))
        await tx.run(statement, { relationshipKeys });
    });
  } finally {
    await session.close();
  }
  return count(driver, database);
}

async function main(): Promise<void> {
  const uri = process.env.NEO4J_URI;
  if (!uri) {
    console.error("db:load needs NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD), e.g. NEO4J_URI=neo4j://localhost:7687");
    process.exit(2);
  }
  const driver = neo4j.driver(
    uri,
    neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""),
  );
  try {
    await driver.verifyConnectivity();
  } catch (err) {
    console.error(`No Neo4j reachable at ${uri}: ${(err as Error).message}`);
    await driver.close();
    process.exit(1);
  }
  try {
    const kb = loadKnowledgeBase();
    const counts = await loadIntoNeo4j(driver, kb, process.env.NEO4J_DATABASE || undefined);
    console.log(
      `loaded ${kb.entities.length} entities and ${kb.relations.length} relations; Neo4j now holds ${counts.nodes} nodes and ${counts.relationships} relationships`,
    );
  } finally {
    await driver.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    console.error(`db:load failed: ${(err as Error).message}`);
    process.exit(1);
  });
}
