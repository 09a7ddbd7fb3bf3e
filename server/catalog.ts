// A per-generation view of the store: the snapshot indexed by id, the search index, counts and
// year bounds, and a memo of computed answers (leverage, routes, paths). Rebuilt when the store's
// generation changes, so caching is honest: an answer is reused only for the data it came from.
import type { GraphEdge, GraphNode, GraphStore, Subgraph } from "./store/types.ts";
import { SearchIndex } from "./search/searchIndex.ts";
import { EvidenceIndex } from "./search/evidenceIndex.ts";
import { yearsNamed } from "../contract/years.ts";
import { PromiseMemo } from "./memo.ts";
import { DOCUMENT_LABEL } from "../graph-data/schema/index.ts";

const MEMO_LIMIT = 500;

/**
 * What a kept answer costs: a sent answer's bytes counted twice (its compressed copies come
 * later and are smaller), a rendered export's characters as UTF-16; anything else a nominal 1 KB.
 */
function bytesOf(v: unknown): number {
  if (typeof v === "string") return v.length * 2;
  const body = (v as { body?: unknown } | null)?.body;
  if (Buffer.isBuffer(body)) return body.length * 2;
  return 1024;
}

export class Catalog {
  readonly nodes: ReadonlyMap<string, GraphNode>;
  readonly edges: ReadonlyMap<string, GraphEdge>;
  readonly search: SearchIndex;
  private evidenceIndex?: EvidenceIndex;
  private readonly memo: PromiseMemo<unknown>;

  constructor(
    readonly generation: number,
    readonly snapshot: Subgraph,
    cacheBytes = 64_000_000,
  ) {
    this.memo = new PromiseMemo<unknown>(MEMO_LIMIT, cacheBytes, bytesOf);
    this.nodes = new Map(snapshot.nodes.map((n) => [n.id, n]));
    this.edges = new Map(snapshot.edges.map((e) => [e.id, e]));
    this.search = new SearchIndex(this.nodes);
  }

  countBy<T>(items: Iterable<T>, key: (t: T) => string): Record<string, number> {
    const out: Record<string, number> = {};
    for (const t of items) out[key(t)] = (out[key(t)] ?? 0) + 1;
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  /** The smallest and largest year any relationship or dated entity (not document) mentions (null when none). */
  yearRange(): { min: number | null; max: number | null } {
    const years: number[] = [];
    for (const e of this.snapshot.edges) {
      years.push(...yearsNamed(e.properties));
    }
    for (const n of this.snapshot.nodes) {
      // A document's publication date says when it was written, not when anything happened.
      if (n.label === DOCUMENT_LABEL) continue;
      const y = typeof n.properties.date === "string" ? Number(n.properties.date.slice(0, 4)) : NaN;
      if (Number.isFinite(y)) years.push(y);
    }
    return years.length ? { min: Math.min(...years), max: Math.max(...years) } : { min: null, max: null };
  }

  /** The quote, note and description index, built on the first evidence search (not every start needs it). */
  get evidence(): EvidenceIndex {
    this.evidenceIndex ??= new EvidenceIndex(this.nodes, this.edges, this.snapshot);
    return this.evidenceIndex;
  }

  forget(key: string): void {
    this.memo.delete(key);
  }

  /** Computes once per key for this generation; failures are not cached. */
  remember<T>(key: string, compute: () => Promise<T>): Promise<T> {
    return this.memo.get(key, compute);
  }
}

/** Hands out the catalog of the store's current generation, building it on first use. */
export class CatalogCache {
  private current?: Promise<Catalog>;
  private generation = -1;

  constructor(
    private readonly store: GraphStore,
    /** Bytes of answers each generation's catalog keeps (ANSWER_CACHE_BYTES). */
    private readonly cacheBytes = 64_000_000,
  ) {}

  get(): Promise<Catalog> {
    if (!this.current || this.generation !== this.store.generation) {
      const generation = this.store.generation;
      this.generation = generation;
      this.current = this.store.snapshot().then((s) => new Catalog(generation, s, this.cacheBytes));
      this.current.catch(() => (this.current = undefined));
    }
    return this.current;
  }
}
