// Flattens node and edge properties to scalar attributes for formats without list types
// (GraphML, GEXF, CSV): lists are joined with " | ", which no name, quote or id contains.
import type { Properties } from "../store/records.ts";

export type Scalar = string | number | boolean;

export const LIST_SEPARATOR = " | ";

export function flatten(props: Properties): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [k, v] of Object.entries(props)) out[k] = Array.isArray(v) ? v.join(LIST_SEPARATOR) : v;
  return out;
}

/** The documents cited by a set of relationships, in first-cited order. */
export function citedDocumentIds(edges: { properties: Properties }[]): string[] {
  const seen = new Set<string>();
  for (const e of edges) for (const s of (e.properties.sources as string[] | undefined) ?? []) seen.add(s);
  return [...seen];
}
