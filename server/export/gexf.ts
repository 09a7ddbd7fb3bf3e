// GEXF through graphology-gexf's writer: the subgraph becomes a graphology graph with flattened
// attributes (names as labels), and each node carries the look the explorer gives it — its
// type's colour, a size by degree and a position from the deterministic layout — in the viz
// namespace, so Gephi opens the file coloured and laid out. GEXF 1.3, whose viz namespace the
// writer declares correctly.
import { MultiDirectedGraph } from "graphology";
import { write } from "graphology-gexf";
import { nodeSize } from "../../contract/figures.ts";
import { colorOf } from "../../contract/palette.ts";
import type { Subgraph } from "../store/types.ts";
import { flatten } from "./flatten.ts";
import { layout } from "./layout.ts";

const BOX = { width: 1200, height: 800, margin: 80 };

export function toGexf(g: Subgraph): string {
  const graph = new MultiDirectedGraph();
  const pos = layout(g, BOX);
  for (const n of g.nodes)
    graph.addNode(n.id, { label: String(n.properties.name ?? n.id), type: n.label, ...flatten(n.properties) });
  for (const e of g.edges) {
    if (graph.hasNode(e.source) && graph.hasNode(e.target)) {
      graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { label: e.type, type: e.type, ...flatten(e.properties) });
    }
  }
  return write(graph, {
    version: "1.3",
    formatNode: (key, a) => {
      const p = pos.get(key) ?? { x: 0, y: 0 };
      // The layout's y grows downwards (SVG); Gephi's grows upwards.
      const viz = { color: colorOf(String(a.type)), size: nodeSize(graph.degree(key)), x: p.x, y: BOX.height - p.y };
      return { label: String(a.label ?? key), attributes: a, viz };
    },
    formatEdge: (_k, a) => ({ label: String(a.label), attributes: a }),
  });
}
