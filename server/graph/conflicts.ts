// Disagreements beside every figure: a hop whose relationship lists others in `conflictsWith`
// (another document's figure for the same fact) gets those claims attached, with their figures
// and evidence, so paths, leverage and routes show both sources wherever the figure appears.
// The claims are fetched by id with one read-only Cypher query, which both stores answer.
import type { GraphEdge, GraphStore } from "../store/types.ts";
import type { Conflict } from "../../contract/index.ts";
import { evidenceOf, figuresOf, type HopView } from "./evidence.ts";

/** A disputing claim as the wire contract describes it. */
export type ConflictView = Conflict;

const FETCH = "MATCH (a)-[r]->(b) WHERE r.id IN $ids RETURN r";
const LIMITS = { timeoutMs: 5000, maxRows: 10_000 };

/** The relationships with these ids, by id (unknown ids are simply absent). */
export async function edgesById(store: GraphStore, ids: readonly string[]): Promise<Map<string, GraphEdge>> {
  if (!ids.length) return new Map();
  const { graph } = await store.cypher(FETCH, { ids: [...ids] }, LIMITS);
  return new Map(graph.edges.map((e) => [e.id, e]));
}

export const conflictOf = (e: GraphEdge): ConflictView => ({
  id: e.id,
  from: e.source,
  to: e.target,
  figures: figuresOf(e),
  evidence: evidenceOf(e),
});

type WithHops = { hops: HopView[]; alternatives?: HopView[][] };

/** The same paths with every disputed hop carrying the claims that dispute it. */
export async function withConflicts<T extends WithHops>(store: GraphStore, paths: T[]): Promise<T[]> {
  const all = paths.flatMap((p) => [...p.hops, ...(p.alternatives ?? []).flat()]);
  const wanted = [...new Set(all.flatMap((h) => h.figures.conflictsWith ?? []))].sort();
  if (!wanted.length) return paths;
  const found = await edgesById(store, wanted);
  const attach = (h: HopView): HopView => {
    const ids = h.figures.conflictsWith ?? [];
    if (!ids.length) return h;
    const conflicts = ids.flatMap((id) => {
      const e = found.get(id);
      return e ? [conflictOf(e)] : [];
    });
    return { ...h, conflicts };
  };
  return paths.map((p) => ({
    ...p,
    hops: p.hops.map(attach),
    ...(p.alternatives ? { alternatives: p.alternatives.map((alt) => alt.map(attach)) } : {}),
  }));
}
