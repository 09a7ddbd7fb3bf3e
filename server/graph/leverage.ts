// Ranked leverage paths of a controller over a dependent. Score = product of the shares on the
// path's dependence hops (and on any carrier hop that documents a share); a dependence hop
// without a share leaves the score unknown (null), never guessed, and such paths rank after
// every known score. Each path lists the factors (edge, share, quote) that make its score.
import type { GraphEdge, GraphPath, GraphStore } from "../store/types.ts";
import { withConflicts } from "./conflicts.ts";
import { evidenceOf, hopsOf, refOf, type EvidenceItem, type HopView, type NodeRef } from "./evidence.ts";
import { LEVERAGE_KINDS, type LeverageKind } from "./leverageKinds.ts";
import { summariseLevers, type LeverSectorGroup } from "./levers.ts";
import { byNumberDesc, byString, chain, pathSignature } from "./order.ts";
import { CANDIDATE_LIMIT } from "./paths.ts";

export interface Factor {
  edge: string;
  type: string;
  share: number | null;
  evidence: EvidenceItem[];
}

export interface LeveragePath {
  rank: number;
  kind: string;
  score: number | null;
  /** Product of the shares that are known (1 when none is), shown beside an unknown score. */
  knownProduct: number;
  factors: Factor[];
  nodes: NodeRef[];
  hops: HopView[];
  /**
   * Other documented hop sequences through the same nodes with the same factors (another
   * control or location chain, another event relation): same score, so one answer, all evidence.
   */
  alternatives: HopView[][];
}

interface Scored {
  kind: LeverageKind;
  path: GraphPath;
  factors: GraphEdge[];
  score: number | null;
  knownProduct: number;
}

const shareOf = (e: GraphEdge) => (typeof e.properties.share === "number" ? e.properties.share : null);

export function scorePath(kind: LeverageKind, path: GraphPath): Omit<Scored, "kind" | "path"> {
  const factors = path.edges.filter(
    (e) => kind.factorTypes.includes(e.type) || (shareOf(e) !== null && e.type !== "OWNS_STAKE_IN"),
  );
  const shares = factors.map(shareOf);
  const known = shares.filter((s): s is number => s !== null);
  const knownProduct = known.reduce((a, b) => a * b, 1);
  const score = factors.length > 0 && known.length === shares.length ? knownProduct : null;
  return { factors, score, knownProduct };
}

export const compareScored = chain<Scored>(
  (a, b) => Number(a.score === null) - Number(b.score === null),
  (a, b) => byNumberDesc(a.score ?? 0, b.score ?? 0),
  (a, b) => byNumberDesc(a.knownProduct, b.knownProduct),
  (a, b) => a.path.edges.length - b.path.edges.length,
  (a, b) => byString(pathSignature(a.path), pathSignature(b.path)),
);

export async function leveragePaths(
  store: GraphStore,
  q: { controller: string; dependent: string; limit: number },
): Promise<{ paths: LeveragePath[]; total: number; truncated: boolean; levers: LeverSectorGroup[] }> {
  const { all, truncated } = await allLeveragePaths(store, q);
  const paths = await withConflicts(store, all);
  return { paths: paths.slice(0, q.limit), total: all.length, truncated, levers: summariseLevers(paths) };
}

/** Every leverage path, ranked and merged (the summary of levers folds all of them, not a page). */
export async function allLeveragePaths(
  store: GraphStore,
  q: { controller: string; dependent: string },
): Promise<{ all: LeveragePath[]; truncated: boolean }> {
  const scored: Scored[] = [];
  let truncated = false;
  for (const kind of LEVERAGE_KINDS) {
    const found = await store.matchPaths({
      start: q.dependent,
      end: q.controller,
      segments: kind.segments,
      limit: CANDIDATE_LIMIT,
    });
    truncated ||= found.length >= CANDIDATE_LIMIT;
    for (const path of found) scored.push({ kind, path, ...scorePath(kind, path) });
  }
  const merged = new Map<string, LeveragePath>();
  for (const s of scored.sort(compareScored)) {
    const key = `${s.kind.id}:${s.path.nodes.map((n) => n.id).join(">")}:${s.factors.map((e) => e.id).join(">")}`;
    const hops = hopsOf(s.path);
    const seen = merged.get(key);
    if (seen) {
      seen.alternatives.push(hops);
      continue;
    }
    merged.set(key, {
      rank: merged.size + 1,
      kind: s.kind.id,
      score: s.score,
      knownProduct: s.knownProduct,
      factors: s.factors.map((e) => ({
        edge: e.id,
        type: e.type,
        share: shareOf(e),
        evidence: evidenceOf(e),
      })),
      nodes: s.path.nodes.map(refOf),
      hops,
      alternatives: [],
    });
  }
  return { all: [...merged.values()], truncated };
}
