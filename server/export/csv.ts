// CSV export: `nodes` (id, type, name, French name, aliases, description) or `edges` (one row per
// relationship with both end names, its figures and its evidence), RFC 4180 quoting.
import { FIGURE_KEYS } from "../graph/evidence.ts";
import type { GraphNode, Subgraph } from "../store/types.ts";
import { LIST_SEPARATOR } from "./flatten.ts";

const cell = (v: unknown): string => {
  const s = v === undefined || v === null ? "" : Array.isArray(v) ? v.join(LIST_SEPARATOR) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const line = (cells: unknown[]) => cells.map(cell).join(",");

export function nodesCsv(g: Subgraph): string {
  const header = ["id", "type", "subtype", "name", "nameFr", "aliases", "description", "date"];
  const rows = g.nodes.map((n) => line([n.id, n.label, ...header.slice(2).map((k) => n.properties[k])]));
  return [line(header), ...rows].join("\r\n") + "\r\n";
}

const EDGE_FIELDS = [...FIGURE_KEYS, "sources", "quotes"];

export function edgesCsv(g: Subgraph): string {
  const byId = new Map<string, GraphNode>(g.nodes.map((n) => [n.id, n]));
  const name = (id: string) => byId.get(id)?.properties.name ?? id;
  const header = ["id", "type", "source", "sourceName", "target", "targetName", ...EDGE_FIELDS];
  const rows = g.edges.map((e) =>
    line([
      e.id,
      e.type,
      e.source,
      name(e.source),
      e.target,
      name(e.target),
      ...EDGE_FIELDS.map((k) => e.properties[k]),
    ]),
  );
  return [line(header), ...rows].join("\r\n") + "\r\n";
}
