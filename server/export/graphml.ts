// GraphML writer over xmlbuilder2 (graphology-graphml 0.5 only parses): keys declared per
// attribute with the GraphML type of its values, nodes and edges with their flattened properties.
// xmlbuilder2 does the escaping and well-formedness; this file only decides the structure.
import { create } from "xmlbuilder2";
import type { Subgraph } from "../store/types.ts";
import { flatten, type Scalar } from "./flatten.ts";

const GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

type XMLBuilder = ReturnType<typeof create>;

interface Key {
  id: string;
  name: string;
  type: string;
  domain: "node" | "edge";
}

const typeOf = (v: Scalar) => (typeof v === "boolean" ? "boolean" : typeof v === "number" ? "double" : "string");

function keysOf(rows: Record<string, Scalar>[], domain: Key["domain"], prefix: string): Key[] {
  const types = new Map<string, string>();
  for (const row of rows) for (const [k, v] of Object.entries(row)) if (!types.has(k)) types.set(k, typeOf(v));
  // Keys in a fixed order (the first, label or type, then by name): a store's property maps come
  // in its own order (Neo4j's is not insertion order), and the same graph must give the same file.
  const [first, ...rest] = [...types];
  const sorted = first ? [first, ...rest.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))] : [];
  return sorted.map(([name, type]) => ({ id: `${prefix}_${name}`, name, type, domain }));
}

function addData(element: XMLBuilder, attrs: Record<string, Scalar>, keys: Key[]): void {
  for (const k of keys) if (attrs[k.name] !== undefined) element.ele("data", { key: k.id }).txt(String(attrs[k.name]));
}

export function toGraphml(g: Subgraph): string {
  const nodes = g.nodes.map((n) => ({ id: n.id, attrs: { label: n.label, ...flatten(n.properties) } }));
  const edges = g.edges.map((e) => ({ ...e, attrs: { type: e.type, ...flatten(e.properties) } }));
  const nodeKeys = keysOf(
    nodes.map((n) => n.attrs),
    "node",
    "n",
  );
  const edgeKeys = keysOf(
    edges.map((e) => e.attrs),
    "edge",
    "e",
  );
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele(GRAPHML_NS, "graphml");
  for (const k of [...nodeKeys, ...edgeKeys])
    root.ele("key", { id: k.id, for: k.domain, "attr.name": k.name, "attr.type": k.type });
  const graph = root.ele("graph", { id: "G", edgedefault: "directed" });
  for (const n of nodes) addData(graph.ele("node", { id: n.id }), n.attrs, nodeKeys);
  for (const e of edges)
    addData(graph.ele("edge", { id: e.id, source: e.source, target: e.target }), e.attrs, edgeKeys);
  return root.end({ prettyPrint: true }) + "\n";
}
