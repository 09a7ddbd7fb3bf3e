// The pure function from the knowledge graph (data, with evidence) to the lean graph sigma
// draws: only what rendering and filtering need. It never sees UI state; reducers apply it.
import { MultiDirectedGraph } from "graphology";
import type { GraphData } from "../api/types.ts";
// Sized by degree by the contract's rule, so the server's GEXF sizes nodes as the screen does.
import { nodeSize } from "../../contract/figures.ts";
import { spanOf } from "../../contract/years.ts";
import { colorOf, EDGE_COLOR } from "./palette.ts";

export interface DisplayNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  entityType: string;
}

export interface DisplayEdge {
  size: number;
  color: string;
  relType: string;
  /** Dated span of the relation (open ends ±Infinity), or null for undated ones (never hidden by the time slider). */
  yearFrom: number | null;
  yearTo: number | null;
  label: string;
}

export type DisplayGraph = MultiDirectedGraph<DisplayNode, DisplayEdge>;
export type Positions = ReadonlyMap<string, { x: number; y: number }>;

export function buildDisplayGraph(data: GraphData, positions: Positions): DisplayGraph {
  const graph: DisplayGraph = new MultiDirectedGraph();
  const degree = new Map<string, number>();
  for (const e of data.edges) {
    degree.set(e.from, (degree.get(e.from) ?? 0) + 1);
    degree.set(e.to, (degree.get(e.to) ?? 0) + 1);
  }
  for (const n of data.nodes) {
    const p = positions.get(n.id) ?? { x: 0, y: 0 };
    graph.mergeNode(n.id, {
      x: p.x,
      y: p.y,
      size: nodeSize(degree.get(n.id) ?? 0),
      color: colorOf(n.type),
      label: n.name,
      entityType: n.type,
    });
  }
  for (const e of data.edges) {
    if (!graph.hasNode(e.from) || !graph.hasNode(e.to) || graph.hasEdge(e.id)) continue;
    // The contract's year rule: only a start year means "from then on" (an open end is ±Infinity).
    const span = spanOf(e);
    const yearFrom = span?.from ?? null;
    const yearTo = span?.to ?? null;
    graph.addEdgeWithKey(e.id, e.from, e.to, {
      size: 1,
      color: EDGE_COLOR,
      relType: e.type,
      yearFrom,
      yearTo,
      label: e.type,
    });
  }
  return graph;
}
