// Reads the values of a Cypher answer's rows as the API tags them (`kind`: node, relationship,
// path) and writes them as short text, in Neo4j Browser's notation: (:Label {name}), [:TYPE],
// (a)-[:T]->(b). Only tagged values count as graph values; a map with an `id` is still a map.

export interface NodeValue {
  kind: "node";
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface RelationshipValue {
  kind: "relationship";
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

export interface PathValue {
  kind: "path";
  nodes: NodeValue[];
  relationships: RelationshipValue[];
}

export type GraphValue = NodeValue | RelationshipValue | PathValue;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function graphValue(v: unknown): GraphValue | null {
  if (!isObj(v) || typeof v.kind !== "string") return null;
  if (v.kind === "node" && typeof v.id === "string" && Array.isArray(v.labels)) return v as unknown as NodeValue;
  if (v.kind === "relationship" && typeof v.id === "string" && typeof v.type === "string")
    return v as unknown as RelationshipValue;
  if (v.kind === "path" && Array.isArray(v.nodes) && Array.isArray(v.relationships)) return v as unknown as PathValue;
  return null;
}

const nameOf = (n: NodeValue): string => {
  const name = n.properties.name;
  return typeof name === "string" ? name : n.id;
};

export const nodeText = (n: NodeValue): string => `(:${n.labels.filter((l) => l !== "Entity").join(":")} ${nameOf(n)})`;
export const relationshipText = (r: RelationshipValue): string => `[:${r.type}]`;

export function pathText(p: PathValue): string {
  let out = p.nodes.length ? `(${nameOf(p.nodes[0]!)})` : "";
  p.relationships.forEach((r, i) => {
    const before = p.nodes[i];
    const next = p.nodes[i + 1];
    const forward = !before || r.start === before.id;
    out += forward ? `-[:${r.type}]->` : `<-[:${r.type}]-`;
    if (next) out += `(${nameOf(next)})`;
  });
  return out;
}

/** One cell as text: graph values in Browser notation, lists and maps in Cypher literal style. */
export function valueText(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "string") return v;
  if (typeof v !== "object") return String(v);
  if (Array.isArray(v)) return `[${v.map(valueText).join(", ")}]`;
  const g = graphValue(v);
  if (g?.kind === "node") return nodeText(g);
  if (g?.kind === "relationship") return relationshipText(g);
  if (g?.kind === "path") return pathText(g);
  return `{${Object.entries(v)
    .map(([k, x]) => `${k}: ${typeof x === "string" ? JSON.stringify(x) : valueText(x)}`)
    .join(", ")}}`;
}
