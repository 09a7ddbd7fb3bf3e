// The schema the Cypher editor completes from: labels and relationship types from /api/meta
// (falling back to the loaded graph), property keys from the properties the data carries
// (the stores keep evidence as the `sources` and `quotes` lists), and the engine catalog's
// functions and procedures.
import type { CallableInfo, GraphData, Meta } from "../api/types.ts";

const STORE_KEYS = ["sources", "quotes", "mentions"];

export interface CypherSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
  functions: CallableInfo[];
  procedures: (CallableInfo & { returnItems: CallableInfo[] })[];
}

export function cypherSchema(data: GraphData, meta: Meta | null): CypherSchema {
  const keys = new Set<string>([...(meta?.propertyKeys ?? []), ...STORE_KEYS]);
  const collect = (o: object) => {
    for (const [k, v] of Object.entries(o)) {
      const empty = v === undefined || (Array.isArray(v) && v.length === 0);
      if (!empty && k !== "evidence") keys.add(k === "from" || k === "to" ? "" : k);
    }
  };
  data.nodes.forEach(collect);
  data.edges.forEach(collect);
  keys.delete("");
  keys.delete("type");
  const labels = meta ? Object.keys(meta.labels) : [...new Set(data.nodes.map((n) => n.type))];
  if (meta?.entityLabel) labels.push(meta.entityLabel);
  const relationshipTypes = meta ? Object.keys(meta.relTypes) : [...new Set(data.edges.map((e) => e.type))];
  return {
    labels: labels.sort(),
    relationshipTypes: relationshipTypes.sort(),
    propertyKeys: [...keys].sort(),
    functions: meta?.cypher?.functions ?? [],
    procedures: meta?.cypher?.procedures ?? [],
  };
}
