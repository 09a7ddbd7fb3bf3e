// Diversification routes: flow paths (EXPORTS_VIA, CONNECTS_TO, TRANSITS, SUPPLIES, optionally
// ending with LOCATED_IN into a destination state) that touch no avoided node. Ranked by the
// bottleneck — the smallest documented volume along the path — largest first; a path with no
// documented volume ranks last. An empty answer explains which avoided nodes block each path.
import type { GraphEdge, GraphPath, GraphStore, Segment } from "../store/types.ts";
import { withConflicts } from "./conflicts.ts";
import { hopsOf, refOf, type HopView, type NodeRef } from "./evidence.ts";
import { byNumberDesc, byString, chain, pathSignature } from "./order.ts";
import { CANDIDATE_LIMIT } from "./paths.ts";
import { ROUTE_STEPS, out } from "./steps.ts";
import { normalise, type Normalised } from "./units.ts";

// Money is not capacity: a trade value cannot be a route's bottleneck.
const MONETARY_UNIT = /usd|eur|\$|€|dollar|euro|rouble|ruble|tenge|yuan|%/i;

export interface Bottleneck {
  edge: string;
  amount: number;
  unit: string;
  year?: number;
  /** The amount in a base unit (tonnes, not million tonnes): what routes are ranked by. */
  normalised: Normalised;
}

export interface Route {
  rank: number;
  bottleneck: Bottleneck | null;
  /** False when some hop documents no volume, so the true bottleneck may be smaller. */
  allHopsDocumented: boolean;
  nodes: NodeRef[];
  hops: HopView[];
  /** Other documented hop sequences through the same nodes (another edge for the same leg). */
  alternatives: HopView[][];
}

const volumeOf = (e: GraphEdge): Bottleneck | null => {
  const { amount, unit, year } = e.properties;
  if (typeof amount !== "number" || typeof unit !== "string" || MONETARY_UNIT.test(unit)) return null;
  return {
    edge: e.id,
    amount,
    unit,
    year: typeof year === "number" ? year : undefined,
    normalised: normalise(amount, unit),
  };
};

export function bottleneckOf(p: GraphPath): Bottleneck | null {
  const volumes = p.edges.map(volumeOf).filter((v): v is Bottleneck => v !== null);
  return volumes.reduce<Bottleneck | null>(
    (min, v) => (min === null || v.normalised.value < min.normalised.value ? v : min),
    null,
  );
}

const compareRoutes = chain<GraphPath>(
  (a, b) => Number(bottleneckOf(a) === null) - Number(bottleneckOf(b) === null),
  (a, b) => byNumberDesc(bottleneckOf(a)?.normalised.value ?? 0, bottleneckOf(b)?.normalised.value ?? 0),
  (a, b) => a.edges.length - b.edges.length,
  (a, b) => byString(pathSignature(a), pathSignature(b)),
);

export const routeSegments = (maxHops: number): Segment[] => [
  { steps: ROUTE_STEPS, min: 1, max: maxHops },
  { steps: [out("LOCATED_IN")], min: 0, max: 1 },
];

/** A destination the flows reach only through avoided nodes: what blocks it, and one such path. */
export interface BlockedDestination {
  to: NodeRef;
  blockedBy: NodeRef[];
  path: NodeRef[];
}

export interface RoutesAnswer {
  routes: Route[];
  truncated: boolean;
  /** Without a destination: the destinations every flow path to which crosses an avoided node. */
  blocked?: BlockedDestination[];
  /** Present when no route qualifies: why, and the flow paths that exist but cross avoided nodes. */
  explanation?: { reason: string; blockedPaths: { nodes: NodeRef[]; blockedBy: NodeRef[] }[] };
}

type RoutesQuery = { from: string; avoid: ReadonlySet<string>; avoidLabel: string; maxHops: number; limit: number };

/** Routes to one destination, each disputed hop with the claims that dispute it. */
export async function diversificationRoutes(store: GraphStore, q: RoutesQuery & { to: string }): Promise<RoutesAnswer> {
  const answer = await routesTo(store, q);
  return { ...answer, routes: await withConflicts(store, answer.routes) };
}

async function routesTo(store: GraphStore, q: RoutesQuery & { to: string }): Promise<RoutesAnswer> {
  if (q.avoid.has(q.to)) {
    return {
      routes: [],
      truncated: false,
      explanation: { reason: `${q.to} is itself in ${q.avoidLabel}`, blockedPaths: [] },
    };
  }
  const segments = routeSegments(q.maxHops);
  const found = await store.matchPaths({ start: q.from, end: q.to, segments, avoid: q.avoid, limit: CANDIDATE_LIMIT });
  const truncated = found.length >= CANDIDATE_LIMIT;
  // Paths through the same nodes are one route; the best-documented one leads, the rest are listed.
  const byNodes = new Map<string, Route>();
  for (const p of found.sort(compareRoutes)) {
    const key = p.nodes.map((n) => n.id).join(">");
    const seen = byNodes.get(key);
    if (seen) seen.alternatives.push(hopsOf(p));
    else
      byNodes.set(key, {
        rank: byNodes.size + 1,
        bottleneck: bottleneckOf(p),
        allHopsDocumented: p.edges.every((e) => volumeOf(e) !== null),
        nodes: p.nodes.map(refOf),
        hops: hopsOf(p),
        alternatives: [],
      });
  }
  const routes = [...byNodes.values()].slice(0, q.limit);
  if (routes.length) return { routes, truncated };

  const all = await store.matchPaths({ start: q.from, end: q.to, segments, limit: CANDIDATE_LIMIT });
  const distinct = new Map<string, GraphPath>();
  for (const p of all.sort(compareRoutes)) {
    const key = p.nodes.map((n) => n.id).join(">");
    if (!distinct.has(key)) distinct.set(key, p);
  }
  const blockedPaths = [...distinct.values()].slice(0, q.limit).map((p) => ({
    nodes: p.nodes.map(refOf),
    blockedBy: p.nodes
      .slice(1, -1)
      .filter((n) => q.avoid.has(n.id))
      .map(refOf),
  }));
  const blockers = [...new Set(blockedPaths.flatMap((b) => b.blockedBy.map((n) => n.name)))].sort();
  const reason = all.length
    ? `every flow path from ${q.from} to ${q.to} within ${q.maxHops} hops crosses ${q.avoidLabel}: ${blockers.join(", ")}`
    : `no documented flow path from ${q.from} to ${q.to} within ${q.maxHops} hops`;
  return { routes, truncated, explanation: { reason, blockedPaths } };
}

/** Where the given nodes lie (a route's optional last hop): one read-only Cypher query, both stores. */
async function locatedIn(store: GraphStore, ids: ReadonlySet<string>): Promise<string[]> {
  const { rows } = await store.cypher(
    "MATCH (a)-[:LOCATED_IN]->(b) WHERE a.id IN $ids RETURN DISTINCT b.id AS id",
    { ids: [...ids] },
    { timeoutMs: 5000, maxRows: 10_000 },
  );
  return rows.map((r) => r[0]).filter((id): id is string => typeof id === "string");
}

/**
 * Without a destination: the best avoiding route to every node the flow subgraph reaches from
 * `from`, or that such a node lies in (avoided nodes are never destinations), one per destination,
 * ranked like routes; destinations reached only through avoided nodes are listed as `blocked`.
 */
export async function routesOut(store: GraphStore, q: RoutesQuery): Promise<RoutesAnswer> {
  const reached = await store.closure(q.from, ROUTE_STEPS);
  const reachable = [...new Set([...reached, ...(await locatedIn(store, reached))])]
    .filter((id) => id !== q.from && !q.avoid.has(id))
    .sort();
  const best: Route[] = [];
  const blocked: BlockedDestination[] = [];
  let truncated = false;
  for (const to of reachable) {
    const answer = await routesTo(store, { ...q, to, limit: 1 });
    truncated ||= answer.truncated;
    if (answer.routes[0]) best.push(answer.routes[0]);
    else if (answer.explanation?.blockedPaths.length) {
      const first = answer.explanation.blockedPaths[0]!;
      const blockedBy = new Map(answer.explanation.blockedPaths.flatMap((b) => b.blockedBy).map((n) => [n.id, n]));
      blocked.push({ to: first.nodes[first.nodes.length - 1]!, blockedBy: [...blockedBy.values()], path: first.nodes });
    }
  }
  const value = (r: Route) => r.bottleneck?.normalised.value;
  const routes = best
    .sort(
      (a, b) =>
        Number(value(a) === undefined) - Number(value(b) === undefined) ||
        (value(b) ?? 0) - (value(a) ?? 0) ||
        a.hops.length - b.hops.length ||
        byString(a.nodes.map((n) => n.id).join(">"), b.nodes.map((n) => n.id).join(">")),
    )
    .slice(0, q.limit)
    .map((r, i) => ({ ...r, rank: i + 1 }));
  if (routes.length) return { routes: await withConflicts(store, routes), truncated, blocked };
  return {
    routes,
    truncated,
    blocked,
    explanation: { reason: `no documented flow leaves ${q.from} without crossing ${q.avoidLabel}`, blockedPaths: [] },
  };
}
