// GraphML writer (graphology-graphml 0.5 only parses): keys declared per attribute with the
// GraphML type of its values, nodes and edges with their flattened properties, XML-escaped.
import type { Subgraph } from "../store/types.ts";
import { flatten, type Scalar } from "./flatten.ts";

export const xmlEscape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

const typeOf = (v: Scalar) => (typeof v === "boolean" ? "boolean" : typeof v === "number" ? "double" : "string");

function keysOf(rows: Record<string, Scalar>[], domain: "node" | "edge", prefix: string) {
  const types = new Map<string, string>();
  for (const row of rows) for (const [k, v] of Object.entries(row)) if (!types.has(k)) types.set(k, typeOf(v));
  return [...types].map(([name, type]) => ({ id: `${prefix}_${name}`, name, type, domain }));
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
  const data = (attrs: Record<string, Scalar>, keys: typeof nodeKeys) =>
    keys
      .filter((k) => attrs[k.name] !== undefined)
      .map((k) => `<data key="${k.id}">${xmlEscape(String(attrs[k.name]))}</data>`)
      .join("");
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">`,
    ...[...nodeKeys, ...edgeKeys].map(
      (k) => `  <key id="${k.id}" for="${k.domain}" attr.name="${xmlEscape(k.name)}" attr.type="${k.type}"/>`,
    ),
    `  <graph id="G" edgedefault="directed">`,
    ...nodes.map((n) => `    <node id="${xmlEscape(n.id)}">${data(n.attrs, nodeKeys)}</node>`),
    ...edges.map(
      (e) =>
        `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">${data(e.attrs, edgeKeys)}</edge>`,
    ),
    `  </graph>`,
    `</graphml>`,
    "",
  ].join("\n");
}
