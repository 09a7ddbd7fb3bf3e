// The property-graph shape of the knowledge base, shared by both stores: the embedded store
// inserts these records into graphology, the Neo4j loader sends them as UNWIND parameters.
// One function, so that both stores hold exactly the same labels, types and properties.
import {
  DOCUMENT_LABEL,
  MENTIONS_TYPE,
  type Disagreement,
  type Entity,
  type KnowledgeBase,
  type Relation,
  type SourceDocument,
} from "../../graph-data/schema/index.ts";
import { sectorCommodities } from "../../graph-data/commodities.ts";

export type PropertyValue = string | number | boolean | string[];
export type Properties = Record<string, PropertyValue>;

export interface NodeRecord {
  id: string;
  label: string;
  properties: Properties;
}

export interface RelationshipRecord {
  id: string;
  type: string;
  from: string;
  to: string;
  properties: Properties;
}

export interface GraphRecords {
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
}

function compact(props: Record<string, PropertyValue | undefined>): Properties {
  const out: Properties = {};
  for (const [k, v] of Object.entries(props)) if (v !== undefined) out[k] = v;
  return out;
}

export function nodeRecord(e: Entity): NodeRecord {
  return {
    id: e.id,
    label: e.type,
    properties: compact({
      id: e.id,
      name: e.name,
      nameFr: e.nameFr,
      aliases: e.aliases,
      description: e.description,
      subtype: e.subtype,
      date: e.date,
      mentions: e.mentions,
    }),
  };
}

/** A source document as a node: `name` is its title, so lists and search read it like any node. */
export function documentRecord(d: SourceDocument): NodeRecord {
  return {
    id: d.id,
    label: DOCUMENT_LABEL,
    properties: compact({
      id: d.id,
      name: d.title,
      title: d.title,
      kind: d.kind,
      author: d.author,
      publisher: d.publisher,
      date: d.date,
      language: d.language,
      url: d.url,
    }),
  };
}

/** `(document)-[:MENTIONS]->(entity)` for each document an entity lists in `mentions`. */
export function mentionRecords(
  entities: readonly Entity[],
  documents: readonly SourceDocument[],
): RelationshipRecord[] {
  const known = new Set(documents.map((d) => d.id));
  return entities.flatMap((e) =>
    e.mentions
      .filter((d) => known.has(d))
      .map((d) => {
        const id = `${d}:mentions:${e.id}`;
        return { id, type: MENTIONS_TYPE, from: d, to: e.id, properties: { id } };
      }),
  );
}

/** What a relationship record adds to its relation: the good its sector is about, the disagreement it is a claim of. */
export interface RelationContext {
  commodity?: string;
  disagreement?: Disagreement;
}

/**
 * Evidence lives on the relationship as two parallel lists, `sources[i]` (document id) and
 * `quotes[i]`: Neo4j properties cannot hold maps, and parallel lists keep the evidence one
 * hop away from every path an analyst follows.
 */
export function relationshipRecord(r: Relation, context: RelationContext = {}): RelationshipRecord {
  const d = context.disagreement;
  return {
    id: r.id,
    type: r.type,
    from: r.from,
    to: r.to,
    properties: compact({
      id: r.id,
      theme: r.theme,
      sector: r.sector,
      commodity: context.commodity,
      share: r.share,
      amount: r.amount,
      unit: r.unit,
      year: r.year,
      yearFrom: r.yearFrom,
      yearTo: r.yearTo,
      note: r.note,
      conflictsWith: r.conflictsWith,
      disagreement: d?.id,
      disagreementKind: d?.kind,
      disagreementAbout: d?.about,
      sources: r.evidence.map((e) => e.document),
      quotes: r.evidence.map((e) => e.quote),
    }),
  };
}

/**
 * The dependence on the good itself beside a dependence on a supplier or an asset: same evidence
 * and years, no share (the share is the fraction through the supplier, where leverage reads it).
 * Left out when the files already state that `from` depends on the good.
 */
function commodityDependences(relations: readonly Relation[], commodityOf: Map<string, string>): RelationshipRecord[] {
  const stated = new Set(relations.filter((r) => r.type === "DEPENDS_ON").map((r) => `${r.from}|${r.to}`));
  return relations.flatMap((r) => {
    const commodity = r.sector ? commodityOf.get(r.sector) : undefined;
    if (r.type !== "DEPENDS_ON" || !commodity || r.to === commodity || stated.has(`${r.from}|${commodity}`)) return [];
    const id = `${r.id}:commodity`;
    return [
      {
        id,
        type: r.type,
        from: r.from,
        to: commodity,
        properties: compact({
          id,
          theme: r.theme,
          sector: r.sector,
          commodity,
          derivedFrom: r.id,
          year: r.year,
          yearFrom: r.yearFrom,
          yearTo: r.yearTo,
          sources: r.evidence.map((e) => e.document),
          quotes: r.evidence.map((e) => e.quote),
        }),
      },
    ];
  });
}

export function toGraphRecords(kb: KnowledgeBase): GraphRecords {
  const commodityOf = sectorCommodities(kb.entities);
  const disagreementOf = new Map((kb.disagreements ?? []).flatMap((d) => d.claims.map((c) => [c, d] as const)));
  const relationships = kb.relations.map((r) =>
    relationshipRecord(r, {
      commodity: r.sector ? commodityOf.get(r.sector) : undefined,
      disagreement: disagreementOf.get(r.id),
    }),
  );
  return {
    nodes: [...kb.entities.map(nodeRecord), ...kb.documents.map(documentRecord)],
    relationships: [
      ...relationships,
      ...commodityDependences(kb.relations, commodityOf),
      ...mentionRecords(kb.entities, kb.documents),
    ],
  };
}
