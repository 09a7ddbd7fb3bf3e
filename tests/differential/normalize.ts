// Both engines' answers in one canonical form, so they can be compared as text: integers and
// floats tagged apart, floats to 12 significant digits, map keys and node labels sorted, graph
// entities identified by their `id` property (internal ids differ between engines).
import neo4j from "neo4j-driver";
import { TemporalVal, DurationVal, isNodeValue, isPathValue, isRelationshipValue } from "../../server/cypher/index.ts";
import type { CypherValue } from "../../server/cypher/index.ts";

/** Canonical value: JSON-able, with tags that keep integer, float, node, relationship and path apart. */
export type Canon = null | boolean | string | Canon[] | { [tag: string]: Canon };

/** Element id → `id` property, for relationship endpoints (each engine has its own). */
export type IdOf = (elementId: string) => string;

function float(x: number): Canon {
  if (Number.isNaN(x)) return { f: "NaN" };
  if (!Number.isFinite(x)) return { f: x > 0 ? "Inf" : "-Inf" };
  // Rule float-precision: sums and averages may add in another order; 12 digits absorb that.
  return { f: x === 0 ? "0" : String(Number(x.toPrecision(12))) };
}

function props(p: Record<string, unknown>, conv: (v: unknown) => Canon): Canon {
  const out: Record<string, Canon> = {};
  for (const k of Object.keys(p).sort()) out[k] = conv(p[k]);
  return { m: out };
}

const idProp = (p: Record<string, unknown>, fallback: string) => (typeof p.id === "string" ? p.id : fallback);

/** A Neo4j driver value (driver configured with useBigInt) in canonical form. */
export function fromNeo4j(v: unknown, idOf: IdOf): Canon {
  const conv = (x: unknown) => fromNeo4j(x, idOf);
  if (v === null || v === undefined) return null;
  if (typeof v === "bigint") return { i: v.toString() };
  if (neo4j.isInt(v)) return { i: v.toString() };
  if (typeof v === "number") return float(v);
  if (typeof v === "boolean" || typeof v === "string") return v;
  if (Array.isArray(v)) return v.map(conv);
  if (neo4j.isNode(v))
    return {
      node: { id: idProp(v.properties, v.elementId), labels: [...v.labels].sort(), props: props(v.properties, conv) },
    };
  if (neo4j.isRelationship(v))
    return {
      rel: {
        id: idProp(v.properties, v.elementId),
        type: v.type,
        ends: [idOf(v.startNodeElementId), idOf(v.endNodeElementId)],
        props: props(v.properties, conv),
      },
    };
  if (neo4j.isPath(v))
    return { path: [conv(v.start), ...v.segments.flatMap((s) => [conv(s.relationship), conv(s.end)])] };
  if (typeof v === "object" && v.constructor === Object) return props(v as Record<string, unknown>, conv);
  return { other: String(v) };
}

/** An embedded engine row value in canonical form. */
export function fromEngine(v: CypherValue, idOf: IdOf): Canon {
  const conv = (x: unknown) => fromEngine(x as CypherValue, idOf);
  if (v === null) return null;
  if (typeof v === "bigint") return { i: v.toString() };
  if (typeof v === "number") return float(v);
  if (typeof v === "boolean" || typeof v === "string") return v;
  if (Array.isArray(v)) return v.map(conv);
  if (isNodeValue(v))
    return { node: { id: idProp(v.properties, v.id), labels: [...v.labels].sort(), props: props(v.properties, conv) } };
  if (isRelationshipValue(v))
    return {
      rel: {
        id: idProp(v.properties, v.id),
        type: v.type,
        ends: [idOf(v.start), idOf(v.end)],
        props: props(v.properties, conv),
      },
    };
  if (isPathValue(v)) {
    const out: Canon[] = [conv(v.nodes[0])];
    v.relationships.forEach((r, i) => out.push(conv(r), conv(v.nodes[i + 1])));
    return { path: out };
  }
  if (v instanceof TemporalVal || v instanceof DurationVal) return { other: String(v) };
  return props(v as Record<string, unknown>, conv);
}

/** Stable text of a canonical value (object keys are already in sorted order). */
export const canonText = (c: Canon): string => JSON.stringify(c);
