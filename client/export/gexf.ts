// GEXF of the exported subgraph as it is on screen: each node's colour, size and position (the
// viz namespace graphology-gexf writes from `color`, `size`, `x`, `y`) and each relation's
// colour, so Gephi opens the file looking like the explorer. Figures and evidence travel as
// attributes; lists are joined with " | " as in the server's exports.
import { MultiDirectedGraph } from "graphology";
import { write } from "graphology-gexf/browser";
import type { ApiEdge, ApiNode } from "../api/types.ts";
import type { ExplorerSigma } from "../state/dataContext.ts";

type Attrs = Record<string, string | number | boolean>;

const flat = (o: object): Attrs =>
  Object.fromEntries(
    Object.entries(o)
      .filter(([k, v]) => v !== undefined && k !== "evidence" && !(Array.isArray(v) && !v.length))
      .map(([k, v]) => [k, Array.isArray(v) ? v.join(" | ") : (v as string | number | boolean)]),
  );

export function toGexf(sigma: ExplorerSigma, nodes: readonly ApiNode[], edges: readonly ApiEdge[]): string {
  const out = new MultiDirectedGraph();
  for (const n of nodes) {
    const d = sigma.getNodeDisplayData(n.id);
    const a = sigma.getGraph().getNodeAttributes(n.id);
    // Gephi's y axis points up, as sigma's graph coordinates do: positions go over unchanged.
    out.addNode(n.id, {
      ...flat({ ...n, id: undefined }),
      label: n.name,
      color: d?.color ?? a.color,
      size: a.size,
      x: a.x,
      y: a.y,
    });
  }
  for (const e of edges) {
    if (!out.hasNode(e.from) || !out.hasNode(e.to)) continue;
    const d = sigma.getEdgeDisplayData(e.id);
    out.addDirectedEdgeWithKey(e.id, e.from, e.to, {
      ...flat({ ...e, id: undefined, from: undefined, to: undefined }),
      quotes: e.evidence.map((ev) => ev.quote).join(" | "),
      sources: e.evidence.map((ev) => ev.document).join(" | "),
      label: e.type,
      color: d?.color ?? "#b4bcc6",
      size: d?.size ?? 1,
    });
  }
  // GEXF 1.3: its viz namespace is well-formed (the writer's 1.2 one is not) and Gephi reads it.
  return write(out, {
    version: "1.3",
    formatNode: (_k, a) => {
      const { label, color, size, x, y, ...attributes } = a;
      return { label, attributes, viz: { color, size, x, y } };
    },
    formatEdge: (_k, a) => {
      const { label, color, size, ...attributes } = a;
      return { label, attributes, viz: { color, thickness: size } };
    },
  });
}
