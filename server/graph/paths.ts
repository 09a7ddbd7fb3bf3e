// k simple paths between two entities, ranked by length, then strength (the number of evidence
// quotes along the path: better documented first), then node/edge ids. Paths are enumerated
// length by length so the k best are exact: no longer path can outrank a shorter one.
import { DEFAULT_TRAVERSAL_TYPES } from "../../graph-data/schema/index.ts";
import type { GraphPath, GraphStore } from "../store/types.ts";
import { withConflicts } from "./conflicts.ts";
import { hopsOf, refOf, type HopView, type NodeRef } from "./evidence.ts";
import { byNumberDesc, byString, chain, pathSignature } from "./order.ts";
import { into, out } from "./steps.ts";

export const CANDIDATE_LIMIT = 5000;

export interface PathsQuery {
  from: string;
  to: string;
  maxHops: number;
  k: number;
  avoid: ReadonlySet<string>;
  relTypes?: readonly string[];
}

export interface RankedPath {
  rank: number;
  length: number;
  strength: number;
  nodes: NodeRef[];
  hops: HopView[];
}

export const strengthOf = (p: GraphPath) =>
  p.edges.reduce((sum, e) => sum + ((e.properties.sources as string[] | undefined)?.length ?? 0), 0);

export const comparePaths = chain<GraphPath>(
  (a, b) => a.edges.length - b.edges.length,
  (a, b) => byNumberDesc(strengthOf(a), strengthOf(b)),
  (a, b) => byString(pathSignature(a), pathSignature(b)),
);

/**
 * Without `relTypes`, paths walk every vocabulary type but the bibliographic ones (REPORTED_ON,
 * PUBLISHED_IN): a newspaper that covered both ends is no link between them. Naming the types
 * in `relTypes` walks them.
 */
export async function rankedPaths(store: GraphStore, q: PathsQuery) {
  const steps = (q.relTypes ?? DEFAULT_TRAVERSAL_TYPES).flatMap((t) => [out(t), into(t)]);
  const found: GraphPath[] = [];
  let truncated = false;
  for (let length = 1; length <= q.maxHops && found.length < q.k; length++) {
    const batch = await store.matchPaths({
      start: q.from,
      end: q.to,
      segments: [{ steps, min: length, max: length }],
      avoid: q.avoid,
      limit: CANDIDATE_LIMIT,
    });
    truncated ||= batch.length >= CANDIDATE_LIMIT;
    found.push(...batch);
  }
  const paths: RankedPath[] = found
    .sort(comparePaths)
    .slice(0, q.k)
    .map((p, i) => ({
      rank: i + 1,
      length: p.edges.length,
      strength: strengthOf(p),
      nodes: p.nodes.map(refOf),
      hops: hopsOf(p),
    }));
  return { paths: await withConflicts(store, paths), truncated };
}
