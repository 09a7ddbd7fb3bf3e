// Builds the embedded store's graphology graph from the shared property-graph records, in the
// shape the Cypher engine reads (see server/cypher/CONTRACT.md): key = id, {labels, properties}
// on nodes, {type, properties} on edges. A relationship naming an unknown entity is left out and
// returned in `dangling` for the caller to log (the data checker is where it gets fixed).
// Every node carries its type label then ENTITY_LABEL, as in Neo4j (graph-data/schema/vocabulary.ts).
import { MultiDirectedGraph } from "graphology";
import { ENTITY_LABEL } from "../../../graph-data/schema/index.ts";
import type { GraphRecords } from "../records.ts";
import type { EdgeAttributes, NodeAttributes, StoreGraph } from "../../graph/view.ts";

export interface Dangling {
  id: string;
  missing: string;
}

export function buildGraph(records: GraphRecords): { graph: StoreGraph; dangling: Dangling[] } {
  const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const n of records.nodes) g.addNode(n.id, { labels: [n.label, ENTITY_LABEL], properties: { ...n.properties } });
  const dangling: Dangling[] = [];
  for (const r of records.relationships) {
    const missing = [r.from, r.to].find((id) => !g.hasNode(id));
    if (missing) dangling.push({ id: r.id, missing });
    else g.addDirectedEdgeWithKey(r.id, r.from, r.to, { type: r.type, properties: { ...r.properties } });
  }
  return { graph: g, dangling };
}
