// Finds the nodes and relationships inside Cypher result rows (at any depth: lists, maps, paths)
// so /api/cypher can return something to draw. Both stores first turn their values into the
// same plain shapes ({kind: "node" | "relationship" | "path", ...}) and mark each one they made
// from a real node, relationship or path (markGraphValue); only marked objects are drawn, so a
// map a query returns that merely looks like a node stays a map.
import { typeLabelOf } from "../../graph-data/schema/index.ts";
import type { GraphEdge, GraphNode, Subgraph } from "./types.ts";
import type { Properties } from "./records.ts";

interface PlainNode {
  kind: "node";
  id: string;
  labels: string[];
  properties: Properties;
}
interface PlainRelationship {
  kind: "relationship";
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Properties;
}

const GRAPH_VALUES = new WeakSet<object>();

/** Marks a plain node, relationship or path made from a real graph value (paths: with their parts). */
export function markGraphValue<T>(v: T): T {
  if (typeof v !== "object" || v === null) return v;
  GRAPH_VALUES.add(v);
  const path = v as { kind?: unknown; nodes?: unknown; relationships?: unknown };
  if (path.kind === "path")
    for (const part of [path.nodes, path.relationships])
      if (Array.isArray(part)) for (const x of part) if (typeof x === "object" && x !== null) GRAPH_VALUES.add(x);
  return v;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function collectGraph(rows: unknown[][]): Subgraph & { missing: string[] } {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!isObject(v)) return;
    if (!GRAPH_VALUES.has(v)) {
      Object.values(v).forEach(visit);
      return;
    }
    if (v.kind === "node" && typeof v.id === "string" && Array.isArray(v.labels)) {
      const n = v as unknown as PlainNode;
      nodes.set(n.id, { id: n.id, label: typeLabelOf(n.labels), properties: n.properties });
    } else if (v.kind === "relationship" && typeof v.id === "string" && typeof v.start === "string") {
      const r = v as unknown as PlainRelationship;
      edges.set(r.id, { id: r.id, type: r.type, source: r.start, target: r.end, properties: r.properties });
    } else if (v.kind === "path" && Array.isArray(v.nodes) && Array.isArray(v.relationships)) {
      visit(v.nodes);
      visit(v.relationships);
    } else {
      Object.values(v).forEach(visit);
    }
  };
  rows.forEach(visit);
  const missing = new Set<string>();
  for (const e of edges.values()) for (const end of [e.source, e.target]) if (!nodes.has(end)) missing.add(end);
  return { nodes: [...nodes.values()], edges: [...edges.values()], missing: [...missing].sort() };
}
