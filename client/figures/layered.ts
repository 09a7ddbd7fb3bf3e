// A layered left-to-right layout (dagre) for paths, routes and small query results: ranks
// follow the direction of travel, and each edge label is laid out as a box of its own, so
// dagre keeps labels clear of nodes and of each other instead of us nudging them afterwards.
import dagre from "@dagrejs/dagre";

export interface LayeredNode {
  id: string;
  width: number;
  height: number;
}

export interface LayeredEdge {
  id: string;
  from: string;
  to: string;
  /** Size of the edge's label box; 0 × 0 for an unlabelled edge. */
  labelWidth: number;
  labelHeight: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface LayeredLayout {
  width: number;
  height: number;
  nodes: Map<string, Point>;
  /** Polyline of each edge and the centre of its label box. */
  edges: Map<string, { points: Point[]; label: Point }>;
}

export function layered(nodes: readonly LayeredNode[], edges: readonly LayeredEdge[]): LayeredLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true, directed: true });
  g.setGraph({ rankdir: "LR", nodesep: 28, ranksep: 70, edgesep: 14, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) g.setNode(n.id, { width: n.width, height: n.height });
  for (const e of edges) {
    if (!g.hasNode(e.from) || !g.hasNode(e.to)) continue;
    g.setEdge(e.from, e.to, { width: e.labelWidth, height: e.labelHeight, labelpos: "c" }, e.id);
  }
  dagre.layout(g);
  const out: LayeredLayout = {
    width: g.graph().width ?? 0,
    height: g.graph().height ?? 0,
    nodes: new Map(),
    edges: new Map(),
  };
  for (const id of g.nodes()) {
    const n = g.node(id);
    out.nodes.set(id, { x: n.x, y: n.y });
  }
  for (const e of g.edges()) {
    const d = g.edge(e);
    if (!e.name) continue;
    out.edges.set(e.name, { points: d.points ?? [], label: { x: d.x ?? 0, y: d.y ?? 0 } });
  }
  return out;
}
