// The property-graph shape of the knowledge base, shared by both stores: the embedded store
// inserts these records into graphology, the Neo4j loader sends them as UNWIND parameters.
// One function, so that both stores hold exactly the same labels, types and properties.
import type { KnowledgeBase, Relation, Entity } from "../../graph-data/schema/index.ts";

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

/**
 * Evidence lives on the relationship as two parallel lists, `sources[i]` (document id) and
 * `quotes[i]`: Neo4j properties cannot hold maps, and parallel lists keep the evidence one
 * hop away from every path an analyst follows.
 */
export function relationshipRecord(r: Relation): RelationshipRecord {
  return {
    id: r.id,
    type: r.type,
    from: r.from,
    to: r.to,
    properties: compact({
      id: r.id,
      theme: r.theme,
      sector: r.sector,
      share: r.share,
      amount: r.amount,
      unit: r.unit,
      year: r.year,
      yearFrom: r.yearFrom,
      yearTo: r.yearTo,
      note: r.note,
      conflictsWith: r.conflictsWith,
      sources: r.evidence.map((e) => e.document),
      quotes: r.evidence.map((e) => e.quote),
    }),
  };
}

export function toGraphRecords(kb: KnowledgeBase): GraphRecords {
  return { nodes: kb.entities.map(nodeRecord), relationships: kb.relations.map(relationshipRecord) };
}
