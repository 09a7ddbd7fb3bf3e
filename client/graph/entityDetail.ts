// Builds the entity panel's content from the knowledge graph: every relationship of one
// entity, grouped by type, with conflicting claims paired. Pure; the panel only renders it.
import { describeSpan } from "../../contract/years.ts";
import type { ApiEdge, ApiNode, EntityDetail, EntityRelation, GraphData } from "../api/types.ts";
import { DOCUMENT_TYPE, isMention } from "./documents.ts";

export interface GraphIndex {
  nodes: ReadonlyMap<string, ApiNode>;
  edges: ReadonlyMap<string, ApiEdge>;
  /** Edge ids touching each node. */
  incident: ReadonlyMap<string, string[]>;
}

export function indexGraph(data: GraphData): GraphIndex {
  const incident = new Map<string, string[]>();
  const add = (n: string, e: string) => {
    const list = incident.get(n);
    if (list) list.push(e);
    else incident.set(n, [e]);
  };
  for (const e of data.edges) {
    add(e.from, e.id);
    if (e.to !== e.from) add(e.to, e.id);
  }
  return {
    nodes: new Map(data.nodes.map((n) => [n.id, n])),
    edges: new Map(data.edges.map((e) => [e.id, e])),
    incident,
  };
}

/** Relationships of a node as the panel and neighbour lists read them: MENTIONS only on a document's own. */
function relationsOf(index: GraphIndex, id: string): ApiEdge[] {
  const own = index.nodes.get(id)?.type === DOCUMENT_TYPE;
  return (index.incident.get(id) ?? []).map((eid) => index.edges.get(eid)!).filter((e) => own || !isMention(e));
}

export function neighbours(index: GraphIndex, id: string): string[] {
  const out = new Set<string>();
  for (const e of relationsOf(index, id)) {
    out.add(e.from === id ? e.to : e.from);
  }
  out.delete(id);
  return [...out];
}

export function entityDetail(index: GraphIndex, id: string): EntityDetail | null {
  const entity = index.nodes.get(id);
  if (!entity) return null;
  const groups = new Map<string, EntityRelation[]>();
  for (const e of relationsOf(index, id)) {
    const otherId = e.from === id ? e.to : e.from;
    const other = index.nodes.get(otherId);
    const rel: EntityRelation = {
      ...e,
      direction: e.from === id ? "out" : "in",
      other: { id: otherId, name: other?.name ?? otherId, type: other?.type ?? "" },
    };
    const list = groups.get(e.type) ?? [];
    list.push(rel);
    groups.set(e.type, list);
  }
  const sorted = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
  return {
    entity,
    groups: sorted.map(([type, relations]) => ({
      type,
      relations: relations.sort((a, b) => (a.year ?? a.yearFrom ?? 0) - (b.year ?? b.yearFrom ?? 0)),
    })),
  };
}

/** "31 %", "1.2 bn USD", "2019–2022": the figure and date of a relation in plain words. */
export function describeFigure(e: ApiEdge): string {
  const parts: string[] = [];
  if (e.share !== undefined) parts.push(`${Math.round(e.share * 1000) / 10} %`);
  if (e.amount !== undefined) parts.push(`${e.amount.toLocaleString("en")}${e.unit ? " " + e.unit : ""}`);
  if (e.sector) parts.push(e.sector);
  return parts.join(" · ");
}

export const describeYear = (e: ApiEdge): string => describeSpan(e);
