// The boundary with neo4j-driver: Integer, Node, Relationship, Path, temporal and spatial values
// become the plain shapes the embedded store returns (nodes and relationships identified by the
// entity/relation `id` property, as in the embedded graph). Nothing past this file sees driver types.
import neo4j, { type Node, type Relationship } from "neo4j-driver";
import { orderedLabels, typeLabelOf } from "../../../graph-data/schema/index.ts";
import type { Properties } from "../records.ts";
import { markGraphValue } from "../resultGraph.ts";
import type { GraphEdge, GraphNode } from "../types.ts";
import { pointFromDriver } from "./spatial.ts";
import { temporalFromDriver } from "./temporal.ts";

/** elementId → entity id, for relationship endpoints (the driver gives only element ids). */
export type EndpointIds = (elementId: string) => string;

export function plainValue(v: unknown, ends: EndpointIds): unknown {
  if (v === null || v === undefined) return null;
  if (neo4j.isInt(v)) return v.inSafeRange() ? v.toNumber() : v.toString();
  if (typeof v === "bigint") return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (Array.isArray(v)) return v.map((x) => plainValue(x, ends));
  if (neo4j.isNode(v)) {
    const n = v as Node;
    // Neo4j does not promise an order of labels; both stores give the type label first.
    return markGraphValue({
      kind: "node",
      id: idOf(n),
      labels: orderedLabels(n.labels),
      properties: plainProps(n.properties, ends),
    });
  }
  if (neo4j.isRelationship(v)) {
    const r = v as Relationship;
    return markGraphValue({
      kind: "relationship",
      id: idOf(r),
      type: r.type,
      start: ends(r.startNodeElementId),
      end: ends(r.endNodeElementId),
      properties: plainProps(r.properties, ends),
    });
  }
  if (neo4j.isPath(v)) {
    const nodes = [v.start, ...v.segments.map((s) => s.end)];
    return markGraphValue({
      kind: "path",
      nodes: nodes.map((n) => plainValue(n, ends)),
      relationships: v.segments.map((s) => plainValue(s.relationship, ends)),
    });
  }
  const scalar = temporalFromDriver(v) ?? pointFromDriver(v);
  if (scalar) return String(scalar);
  if (typeof v === "object" && v.constructor?.name && v.constructor !== Object) return String(v);
  if (typeof v === "object") return plainProps(v as Record<string, unknown>, ends);
  return v;
}

function plainProps(props: Record<string, unknown>, ends: EndpointIds): Properties {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) out[k] = plainValue(v, ends);
  return out as Properties;
}

const idOf = (x: Node | Relationship) => (typeof x.properties.id === "string" ? x.properties.id : x.elementId);

export function toGraphNode(n: Node): GraphNode {
  return { id: idOf(n), label: typeLabelOf(n.labels), properties: plainProps(n.properties, (e) => e) };
}

/** A relationship with its endpoints' entity ids (queried alongside it). */
export function toGraphEdge(r: Relationship, source: string, target: string): GraphEdge {
  return { id: idOf(r), type: r.type, source, target, properties: plainProps(r.properties, (e) => e) };
}

/**
 * Plain JS → driver parameter, with the loader rule both stores share: an integral number is a
 * Cypher INTEGER, any other number a FLOAT (the driver would otherwise send every number as FLOAT).
 */
export function driverValue(v: unknown): unknown {
  if (typeof v === "number" && Number.isInteger(v)) return neo4j.int(v);
  if (typeof v === "bigint") return neo4j.int(v.toString());
  if (Array.isArray(v)) return v.map(driverValue);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, driverValue(x)]));
  return v;
}
