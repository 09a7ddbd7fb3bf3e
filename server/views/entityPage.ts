// Builds the entity page: properties, names, aliases, description, the documents that mention
// it, and every relationship grouped by type (vocabulary order) with its figures, years and
// evidence; a relationship with `conflictsWith` carries the conflicting claims beside it.
import { RELATION_TYPE_NAMES, type SourceDocument } from "../../graph-data/schema/index.ts";
import {
  citationsOf,
  documentIdsOf,
  evidenceOf,
  figuresOf,
  refOf,
  type EvidenceItem,
  type Figures,
  type NodeRef,
} from "../graph/evidence.ts";
import type { GraphEdge, GraphNode } from "../store/types.ts";

export interface RelationshipView {
  id: string;
  type: string;
  direction: "out" | "in";
  other: NodeRef;
  figures: Figures;
  evidence: EvidenceItem[];
  conflicts: { id: string; from: string; to: string; figures: Figures; evidence: EvidenceItem[] }[];
}

const typeOrder = (t: string) => {
  const i = (RELATION_TYPE_NAMES as string[]).indexOf(t);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
};

export function entityPage(
  node: GraphNode,
  incident: { edge: GraphEdge; other: GraphNode }[],
  lookupEdge: (id: string) => GraphEdge | undefined,
  documents: readonly SourceDocument[],
) {
  const p = node.properties;
  const known = new Map(incident.map(({ edge }) => [edge.id, edge]));
  const groups = new Map<string, RelationshipView[]>();
  const sorted = [...incident].sort(
    (a, b) =>
      typeOrder(a.edge.type) - typeOrder(b.edge.type) || (a.edge.id < b.edge.id ? -1 : a.edge.id > b.edge.id ? 1 : 0),
  );
  for (const { edge, other } of sorted) {
    const conflictIds = (edge.properties.conflictsWith as string[] | undefined) ?? [];
    const view: RelationshipView = {
      id: edge.id,
      type: edge.type,
      direction: edge.source === node.id ? "out" : "in",
      other: refOf(other),
      figures: figuresOf(edge),
      evidence: evidenceOf(edge),
      conflicts: conflictIds
        .map((id) => known.get(id) ?? lookupEdge(id))
        .filter((e): e is GraphEdge => e !== undefined)
        .map((e) => ({
          id: e.id,
          from: e.source,
          to: e.target,
          figures: figuresOf(e),
          evidence: evidenceOf(e),
        })),
    };
    const group = groups.get(edge.type);
    if (group) group.push(view);
    else groups.set(edge.type, [view]);
  }
  const mentions = (Array.isArray(p.mentions) ? p.mentions : []).map(String);
  const views = [...groups.values()].flat();
  const cited = documentIdsOf([...views, ...views.flatMap((v) => v.conflicts)]);
  return {
    entity: {
      id: node.id,
      type: node.label,
      subtype: p.subtype,
      name: p.name,
      nameFr: p.nameFr,
      aliases: p.aliases ?? [],
      description: p.description,
      date: p.date,
      mentions,
    },
    relationshipCount: incident.length,
    relationships: Object.fromEntries(groups),
    documents: citationsOf([...mentions, ...cited], documents),
  };
}
