// Builds the embedded store's graphology graph from the shared property-graph records, in the
// shape the Cypher engine reads (see server/cypher/CONTRACT.md): key = id, {labels, properties}
// on nodes, {type, properties} on edges. Dangling relationships are reported, not dropped silently.
import { MultiDirectedGraph } from "graphology";
import type { GraphRecords } from "../records.ts";
import type { EdgeAttributes, NodeAttributes, StoreGraph } from "../../graph/view.ts";

export class DanglingRelationshipError extends Error {
  constructor(readonly relationships: { id: string; missing: string }[]) {
    super(`relationships name unknown entities: ${relationships.map((r) => `${r.id} -> ${r.missing}`).join(", ")}`);
  }
}

export function buildGraph(records: GraphRecords): StoreGraph {
  const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const n of records.nodes) g.addNode(n.id, { labels: [n.label], properties: { ...n.properties } });
  const dangling: { id: string; missing: string }[] = [];
  for (const r of records.relationships) {
    const missing = [r.from, r.to].find((id) => !g.hasNode(id));
    if (missing) dangling.push({ id: r.id, missing });
    else g.addDirectedEdgeWithKey(r.id, r.from, r.to, { type: r.type, properties: { ...r.properties } });
  }
  if (dangling.length) throw new DanglingRelationshipError(dangling);
  return g;
}
