// The state a query generator threads through: the PRNG, the graph's schema, the variables in
// scope with their types, and a depth budget so expressions stay small and terminate.
import type { Prng } from "../prng.ts";
import type { PropType, Schema } from "../schema.ts";

/**
 * Types the generator tracks. `bag` is a list whose element order Neo4j leaves unspecified
 * (a collect() result): it is only ever read through size() and IN, never indexed.
 */
export type T =
  "int" | "float" | "string" | "bool" | "list<int>" | "list<string>" | "map" | "node" | "rel" | "rels" | "path" | "bag";

export interface Gen {
  rng: Prng;
  schema: Schema;
  scope: Map<string, T>;
  depth: number;
  /** Next fresh variable number (names never repeat within a query). */
  counter: { n: number };
}

export function fresh(g: Gen, prefix: string): string {
  return `${prefix}${g.counter.n++}`;
}

export function deeper(g: Gen): Gen {
  return { ...g, depth: g.depth - 1 };
}

export function withVar(g: Gen, name: string, t: T): Gen {
  const scope = new Map(g.scope);
  scope.set(name, t);
  return { ...g, scope };
}

export function varsOf(g: Gen, t: T): string[] {
  return [...g.scope].filter(([, vt]) => vt === t).map(([v]) => v);
}

/** The schema properties of a node or relationship variable whose type is `t`. */
export function propsOf(g: Gen, owner: "node" | "rel", t: PropType): string[] {
  const props = owner === "node" ? g.schema.nodeProps : g.schema.relProps;
  return Object.entries(props)
    .filter(([, pt]) => pt === t)
    .map(([k]) => k);
}

/** `v.prop` for some node/relationship variable in scope with a property of type `t`, if any. */
export function propRef(g: Gen, t: PropType): string | undefined {
  const options: string[] = [];
  for (const v of varsOf(g, "node")) for (const p of propsOf(g, "node", t)) options.push(`${v}.${p}`);
  for (const v of varsOf(g, "rel")) for (const p of propsOf(g, "rel", t)) options.push(`${v}.${p}`);
  return options.length ? g.rng.pick(options) : undefined;
}
