// Loads the knowledge base into Neo4j idempotently: one MERGE per node label and relationship
// type, batched with UNWIND, keyed on `id`, properties replaced (SET +=) so re-running converges.
// Used when the lead's server/store/neo4j/load.ts is absent (see open.ts).
import type { Driver } from "neo4j-driver";
import type { KnowledgeBase } from "../../../graph-data/schema/index.ts";
import { toGraphRecords, type NodeRecord, type RelationshipRecord } from "../records.ts";
import { driverValue } from "./convert.ts";

const BATCH = 500;
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) out.set(key(t), [...(out.get(key(t)) ?? []), t]);
  return out;
}

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

export async function loadIntoNeo4j(driver: Driver, kb: KnowledgeBase, database?: string): Promise<void> {
  const { nodes, relationships } = toGraphRecords(kb);
  const session = driver.session({ database });
  try {
    for (const [label, group] of groupBy<NodeRecord>(nodes, (n) => n.label)) {
      if (!NAME.test(label)) throw new Error(`bad label ${label}`);
      await session.run(`CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
      for (const batch of batches(group)) {
        await session.executeWrite((tx) =>
          tx.run(`UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n += row.properties`, { rows: driverValue(batch) }),
        );
      }
    }
    for (const [type, group] of groupBy<RelationshipRecord>(relationships, (r) => r.type)) {
      if (!NAME.test(type)) throw new Error(`bad relationship type ${type}`);
      for (const batch of batches(group)) {
        await session.executeWrite((tx) =>
          tx.run(
            `UNWIND $rows AS row MATCH (a {id: row.from}) MATCH (b {id: row.to}) ` +
              `MERGE (a)-[r:${type} {id: row.id}]->(b) SET r += row.properties`,
            { rows: driverValue(batch) },
          ),
        );
      }
    }
  } finally {
    await session.close();
  }
}
