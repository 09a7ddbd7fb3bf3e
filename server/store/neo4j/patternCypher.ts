// Compiles a path pattern (server/store/types.ts Segment[]) to one Cypher MATCH for Neo4j. The
// MATCH is deliberately looser than the pattern (a segment mixing directions is matched
// undirected; node uniqueness is not enforced): rows are filtered by graph/pattern.ts conformsTo.
import type { GraphPath, Segment } from "../types.ts";

/** A path row `p` as plainValue gives it back (ids as node/relationship keys). */
export interface PlainPath {
  nodes: { id: string; labels: string[]; properties: never }[];
  relationships: { id: string; type: string; start: string; end: string; properties: never }[];
}

/** The GraphPath of a `p` row, to be checked with conformsTo. */
export function graphPathOf(p: PlainPath): GraphPath {
  return {
    nodes: p.nodes.map((n) => ({ id: n.id, label: n.labels[0] ?? "", properties: n.properties })),
    edges: p.relationships.map((r) => ({
      id: r.id,
      type: r.type,
      source: r.start,
      target: r.end,
      properties: r.properties,
    })),
  };
}

const REL_TYPE = /^[A-Z][A-Z0-9_]*$/;

function segmentCypher(seg: Segment): string {
  const types = [...new Set(seg.steps.map((s) => s.type))];
  for (const t of types) if (!REL_TYPE.test(t)) throw new Error(`not a relationship type: ${t}`);
  const directions = new Set(seg.steps.map((s) => s.direction));
  const body = `[:${types.join("|")}*${seg.min}..${seg.max}]`;
  if (directions.size === 1) return directions.has("out") ? `-${body}->` : `<-${body}-`;
  return `-${body}-`;
}

/** `MATCH p = (s {id: $start})-[..]-()-[..]-(e {id: $end}) ... RETURN p`; params start, end, avoid, rows. */
export function patternCypher(segments: Segment[]): string {
  const hops = segments.map(segmentCypher);
  const middle = hops.map((h, i) => (i === hops.length - 1 ? h : `${h}()`)).join("");
  return [
    `MATCH p = (s {id: $start})${middle}(e {id: $end})`,
    `WHERE size(relationships(p)) > 0 AND none(n IN nodes(p)[1..-1] WHERE n.id IN $avoid OR n.id = $end OR n.id = $start)`,
    `RETURN p LIMIT $rows`,
  ].join("\n");
}
