// Chooses and builds the store: Neo4j when NEO4J_URI is configured (loading the knowledge base
// into it idempotently first), the embedded graphology store otherwise.
import type { KnowledgeBase } from "../../graph-data/schema/index.ts";
import type { Config } from "../config.ts";
import { buildGraph, type Dangling } from "./embedded/build.ts";
import { EmbeddedStore } from "./embedded/store.ts";
import { toGraphRecords } from "./records.ts";
import type { GraphStore } from "./types.ts";

export function createEmbeddedStore(kb: KnowledgeBase, onDangling?: (d: Dangling[]) => void): EmbeddedStore {
  const { graph, dangling } = buildGraph(toGraphRecords(kb));
  if (dangling.length) onDangling?.(dangling);
  return new EmbeddedStore(graph, kb.documents);
}

export async function createStore(
  config: Config,
  kb: KnowledgeBase,
  onDangling?: (d: Dangling[]) => void,
): Promise<GraphStore> {
  if (!config.neo4j) return createEmbeddedStore(kb, onDangling);
  const { openNeo4jStore } = await import("./neo4j/open.ts");
  return openNeo4jStore(config.neo4j, kb);
}
