// GEXF through graphology-gexf's writer: the subgraph becomes a graphology graph with flattened
// attributes (names as labels) and the writer serialises it.
import { MultiDirectedGraph } from "graphology";
import { write } from "graphology-gexf";
import type { Subgraph } from "../store/types.ts";
import { flatten } from "./flatten.ts";

export function toGexf(g: Subgraph): string {
  const graph = new MultiDirectedGraph();
  for (const n of g.nodes)
    graph.addNode(n.id, { label: String(n.properties.name ?? n.id), type: n.label, ...flatten(n.properties) });
  for (const e of g.edges) {
    if (graph.hasNode(e.source) && graph.hasNode(e.target)) {
      graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { label: e.type, type: e.type, ...flatten(e.properties) });
    }
  }
  return write(graph, {
    formatNode: (key, a) => ({ label: String(a.label ?? key), attributes: a }),
    formatEdge: (_k, a) => ({ label: String(a.label), attributes: a }),
  });
}
