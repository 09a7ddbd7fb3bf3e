// The GraphStore contract shared by the embedded (graphology) and Neo4j stores, and the plain
// value shapes both return. Nothing here knows HTTP or driver types: the API sees only these.
import type { SourceDocument } from "../../graph-data/schema/index.ts";
import type { PlanDescription } from "../cypher/executor/plan.ts";
import type { Properties } from "./records.ts";

export interface GraphNode {
  id: string;
  label: string;
  properties: Properties;
}

export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Properties;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** A walk through the graph: `edges[i]` joins `nodes[i]` and `nodes[i+1]`, in either direction. */
export interface GraphPath {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** One allowed step of a path pattern: a relationship type and the direction it is followed in. */
export interface Step {
  type: string;
  direction: "out" | "in";
}

/** A run of `min..max` hops, each matching one of `steps`. */
export interface Segment {
  steps: Step[];
  min: number;
  max: number;
}

/** Paths from `start` to `end` that match the segments in order and are simple (no node twice). */
export interface PatternQuery {
  start: string;
  end: string;
  segments: Segment[];
  /** Nodes the path may not touch (the endpoints excepted). */
  avoid?: ReadonlySet<string>;
  /** Stop after this many matches (a guard against explosion, not a ranking). */
  limit: number;
}

export interface NeighbourhoodQuery {
  ids: string[];
  depth: number;
  types?: string[];
  relTypes?: string[];
  from?: number;
  to?: number;
}

export interface CypherLimits {
  timeoutMs: number;
  maxRows: number;
  /** Cells any value the query builds may hold, nested ones counted (the engine's size budget). */
  maxValueSize?: number;
  /** Heap in use past which an embedded query stops (set by the pool worker from its ceiling). */
  maxHeapBytes?: number;
}

export interface CypherOutcome {
  columns: string[];
  rows: unknown[][];
  graph: Subgraph;
  /** The operator tree of an `EXPLAIN` / `PROFILE` query. */
  plan?: PlanDescription;
}

export type StoreKind = "embedded" | "neo4j";

export interface GraphStore {
  readonly kind: StoreKind;
  /** Bumped whenever the data changes, so computed answers can be cached per generation. */
  readonly generation: number;
  readonly documents: readonly SourceDocument[];
  snapshot(): Promise<Subgraph>;
  node(id: string): Promise<GraphNode | undefined>;
  /** Every relationship touching `id`, with the node at the other end. */
  incident(id: string): Promise<{ edge: GraphEdge; other: GraphNode }[]>;
  neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph>;
  /** Nodes reachable from `root` by the given steps (root included), e.g. everything a state controls. */
  closure(root: string, steps: Step[]): Promise<Set<string>>;
  matchPaths(query: PatternQuery): Promise<GraphPath[]>;
  cypher(query: string, params: Record<string, unknown>, limits: CypherLimits): Promise<CypherOutcome>;
  close(): Promise<void>;
}
