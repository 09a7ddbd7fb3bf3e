// Builds the entity page: properties, names, aliases, description, the documents that mention
// it, and every relationship grouped by type (vocabulary order) with its figures, years and
// evidence; a claim of a disagreement carries the disagreement (what is disputed, its kind)
// and the competing claims beside it. MENTIONS (a document naming the entity) is not a
// relationship group: the documents are in `mentions`.
import { MENTIONS_TYPE, RELATION_TYPE_NAMES, type SourceDocument } from "../../graph-data/schema/index.ts";
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
  /** Present on a claim of a disagreement (graph-data/disagreements.yaml). */
  disagreement?: DisagreementRef;
  /** The other claims of its disagreement, with their figures and evidence. */
  conflicts: { id: string; from: string; to: string; figures: Figures; evidence: EvidenceItem[] }[];
}

export interface DisagreementRef {
  id: string;
  kind: string;
  about: string;
}

const disagreementOf = (edge: GraphEdge): DisagreementRef | undefined => {
  const { disagreement: id, disagreementKind: kind, disagreementAbout: about } = edge.properties;
  return typeof id === "string" ? { id, kind: String(kind ?? ""), about: String(about ?? "") } : undefined;
};

const typeOrder = (t: string) => {
  const i = (RELATION_TYPE_NAMES as string[]).indexOf(t);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
};

export function entityPage(
  node: GraphNode,
  allIncident: { edge: GraphEdge; other: GraphNode }[],
  lookupEdge: (id: string) => GraphEdge | undefined,
  documents: readonly SourceDocument[],
) {
  const p = node.properties;
  const incident = allIncident.filter(({ edge }) => edge.type !== MENTIONS_TYPE);
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
      ...(disagreementOf(edge) ? { disagreement: disagreementOf(edge) } : {}),
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
