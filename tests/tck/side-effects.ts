// Side effects measured the README's way: the difference in what a later read sees, computed
// from snapshots of the graphology graph rather than from the engine's own stats (which are
// exactly what we want to verify, so they cannot be the reference).
import type { MultiDirectedGraph } from "graphology";

export const SIDE_EFFECT_KEYS = [
  "+nodes",
  "-nodes",
  "+relationships",
  "-relationships",
  "+properties",
  "-properties",
  "+labels",
  "-labels",
] as const;
export type SideEffectKey = (typeof SIDE_EFFECT_KEYS)[number];
export type SideEffects = Record<SideEffectKey, number>;

export interface Snapshot {
  nodes: Set<string>;
  relationships: Set<string>;
  /** (entity, key, value) triples, value in a type-exact normal form. */
  properties: Set<string>;
  /** Distinct label names in the graph (not label-node pairs). */
  labels: Set<string>;
}

/**
 * Type-exact text of a stored property value. Stored values follow the loader rule (integral
 * JS number = INTEGER, bigint = INTEGER, other number = FLOAT) and the engine may wrap integral
 * floats in a class instance with a numeric `value` (its StoredFloat) - that one is a FLOAT.
 */
export function storedValueKey(v: unknown): string {
  if (v === null || v === undefined) return "null";
  switch (typeof v) {
    case "bigint":
      return `i${v}`;
    case "number":
      return Number.isInteger(v) ? `i${v}` : `f${v}`;
    case "string":
      return JSON.stringify(v);
    case "boolean":
      return String(v);
  }
  if (Array.isArray(v)) return `[${v.map(storedValueKey).join(",")}]`;
  const value = (v as { value?: unknown }).value;
  if (typeof value === "number" && Object.getPrototypeOf(v) !== Object.prototype) return `f${value}`;
  return `{${Object.entries(v as object)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, x]) => `${k}:${storedValueKey(x)}`)
    .join(",")}}`;
}

interface EntityAttrs {
  labels?: unknown;
  properties?: Record<string, unknown>;
}

function addProps(into: Set<string>, entity: string, attrs: EntityAttrs): void {
  for (const [k, v] of Object.entries(attrs.properties ?? {})) {
    // A null property is an absent property in Cypher.
    if (v !== null && v !== undefined) into.add(`${entity}\u0000${k}\u0000${storedValueKey(v)}`);
  }
}

export function snapshot(graph: MultiDirectedGraph): Snapshot {
  const s: Snapshot = { nodes: new Set(), relationships: new Set(), properties: new Set(), labels: new Set() };
  graph.forEachNode((key, attrs: EntityAttrs) => {
    s.nodes.add(key);
    if (Array.isArray(attrs.labels)) for (const l of attrs.labels) s.labels.add(String(l));
    addProps(s.properties, `n${key}`, attrs);
  });
  graph.forEachEdge((key, attrs: EntityAttrs) => {
    s.relationships.add(key);
    addProps(s.properties, `r${key}`, attrs);
  });
  return s;
}

function missingFrom<T>(a: Set<T>, b: Set<T>): number {
  let n = 0;
  for (const x of a) if (!b.has(x)) n++;
  return n;
}

export function diff(before: Snapshot, after: Snapshot): SideEffects {
  return {
    "+nodes": missingFrom(after.nodes, before.nodes),
    "-nodes": missingFrom(before.nodes, after.nodes),
    "+relationships": missingFrom(after.relationships, before.relationships),
    "-relationships": missingFrom(before.relationships, after.relationships),
    "+properties": missingFrom(after.properties, before.properties),
    "-properties": missingFrom(before.properties, after.properties),
    "+labels": missingFrom(after.labels, before.labels),
    "-labels": missingFrom(before.labels, after.labels),
  };
}

export const NO_SIDE_EFFECTS: SideEffects = Object.fromEntries(SIDE_EFFECT_KEYS.map((k) => [k, 0])) as SideEffects;

/** Parses a `the side effects should be:` table; absent keys mean 0. */
export function parseSideEffects(table: string[][]): SideEffects {
  const out = { ...NO_SIDE_EFFECTS };
  for (const [key = "", count = ""] of table) {
    if (!(SIDE_EFFECT_KEYS as readonly string[]).includes(key)) throw new Error(`unknown side effect key '${key}'`);
    out[key as SideEffectKey] = Number(count);
  }
  return out;
}

/** `''` when equal, else a compact description of the differing counters. */
export function describeSideEffectDiff(expected: SideEffects, actual: SideEffects): string {
  return SIDE_EFFECT_KEYS.filter((k) => expected[k] !== actual[k])
    .map((k) => `${k} expected ${expected[k]} got ${actual[k]}`)
    .join(", ");
}
