// What the query generator may name in a graph: labels, relationship types, the properties with
// their Cypher types, and values worth matching on. One schema for the random graphs, one read
// from the knowledge base, so the same generator writes sensible queries over both.

export type PropType = "int" | "float" | "string" | "bool" | "list<string>" | "list<int>";

export interface Schema {
  labels: string[];
  relTypes: string[];
  nodeProps: Record<string, PropType>;
  relProps: Record<string, PropType>;
  /** Values of the `id` property, for endpoint predicates and inline property maps. */
  nodeIds: string[];
  /** Strings that occur in the data (names, sectors), so string predicates sometimes match. */
  strings: string[];
  /**
   * A graph big enough that unanchored multi-hop patterns explode (the knowledge base): patterns
   * then start at a node given by id or a bound one, with at most two hops and short lengths.
   */
  big?: boolean;
}
