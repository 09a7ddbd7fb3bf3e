// The client's view of the API's answers, converted (convert.ts) from what the wire contract
// (contract/) parses. Only this folder knows the wire format; components import these types.

export interface Evidence {
  document: string;
  quote: string;
}

export interface ApiNode {
  id: string;
  type: string;
  subtype?: string;
  name: string;
  nameFr?: string;
  aliases: string[];
  description?: string;
  date?: string;
}

export interface ApiEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  share?: number;
  amount?: number;
  unit?: string;
  year?: number;
  yearFrom?: number;
  yearTo?: number;
  sector?: string;
  theme?: string;
  note?: string;
  conflictsWith: string[];
  evidence: Evidence[];
}

export interface GraphData {
  nodes: ApiNode[];
  edges: ApiEdge[];
}

export interface DocumentInfo {
  id: string;
  title: string;
  author?: string;
  publisher?: string;
  date?: string;
  kind?: string;
  file?: string;
}

export interface NamedSet {
  id: string;
  description: string;
}

export interface Meta {
  store: string;
  namedSets: NamedSet[];
  labels: Record<string, number>;
  /** The label every entity carries beside its type (`Entity`), for id lookups in Cypher. */
  entityLabel?: string;
  relTypes: Record<string, number>;
  documents: DocumentInfo[];
  propertyKeys: string[];
  minYear: number | null;
  maxYear: number | null;
  /** The Cypher engine's functions and procedures, for the console's completion. */
  cypher?: { functions: CallableInfo[]; procedures: (CallableInfo & { returnItems: CallableInfo[] })[] };
}

export interface CallableInfo {
  name: string;
  signature: string;
}

export interface SearchHit {
  id: string;
  name: string;
  type: string;
  matched?: string;
}

/** One relationship as seen from the entity panel: the edge plus the entity at the other end. */
export interface EntityRelation extends ApiEdge {
  direction: "out" | "in";
  other: { id: string; name: string; type: string };
}

export interface EntityDetail {
  entity: ApiNode;
  groups: { type: string; relations: EntityRelation[] }[];
}

/** One hop of a ranked path, read along the path, with its figures and evidence. */
export interface PathHop {
  edge: string;
  type: string;
  from: string;
  to: string;
  backward: boolean;
  figure: string;
  evidence: CitedQuote[];
  /** Disagreeing claims from other documents about this hop's figure. */
  conflicts: { edge: string; figure: string; evidence: CitedQuote[] }[];
}

/** A quote with its document id and the document's citation in words. */
export interface CitedQuote {
  quote: string;
  document: string;
  citation: string;
}

/** A ranked path (leverage, route or plain path): its nodes, edges, score and explanation. */
export interface RankedPath {
  nodes: string[];
  edges: string[];
  /** Headline figure, already worded: "score 0.42", "bottleneck 28 Mt/yr", "3 hops". */
  score: string;
  /** What makes the score; `edge` names the relation a factor comes from, when it does. */
  factors: { label: string; value: string; edge?: string }[];
  hops: PathHop[];
}

export interface RankedPaths {
  paths: RankedPath[];
  reason?: string;
}

export interface CypherResult {
  columns: string[];
  rows: unknown[][];
  graph: GraphData;
}

export interface ParamDescriptor {
  name: string;
  type: "string" | "number" | "integer" | "boolean" | "entity" | "enum" | string;
  description?: string;
  default?: unknown;
  options?: string[];
  required: boolean;
}

export interface SavedQuery {
  id: string;
  title: string;
  description?: string;
  cypher?: string;
  params: ParamDescriptor[];
}
