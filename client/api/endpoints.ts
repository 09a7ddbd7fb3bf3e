// One function per API route. Each returns client types (normalize.ts), never raw JSON,
// so components stay ignorant of URLs and wire shapes.
import { getJson, postJson, withQuery } from "./http.ts";
import { arr, asObj, num, str, strs, toGraph, toRankedPath } from "./normalize.ts";
import type { CypherResult, GraphData, Meta, ParamDescriptor, RankedPaths, SavedQuery, SearchHit } from "./types.ts";

function counts(v: unknown): Record<string, number> {
  if (Array.isArray(v)) {
    const out: Record<string, number> = {};
    for (const x of v) {
      const o = asObj(x);
      const key = str(o.label) ?? str(o.type) ?? str(o.name);
      if (key) out[key] = num(o.count) ?? 0;
    }
    return out;
  }
  return Object.fromEntries(Object.entries(asObj(v)).map(([k, c]) => [k, num(c) ?? 0]));
}

export async function fetchMeta(): Promise<Meta> {
  const o = asObj(await getJson("/api/meta"));
  const c = asObj(o.counts);
  const vocab = o.relationVocabulary ?? o.relationTypes ?? o.vocabulary;
  const relTypes = counts(c.relTypes ?? c.relationships ?? c.relationTypes ?? o.relTypes);
  for (const t of Array.isArray(vocab) ? vocab.map((x) => str(x) ?? str(asObj(x).type) ?? "") : Object.keys(asObj(vocab))) {
    if (t && !(t in relTypes)) relTypes[t] = 0;
  }
  const years = asObj(o.years);
  return {
    store: str(o.store) ?? str(o.storeKind) ?? str(asObj(o.store).kind) ?? "unknown",
    labels: counts(c.labels ?? c.nodes ?? o.labels),
    relTypes,
    documents: arr(o.documents).map((d) => {
      const x = asObj(d);
      return { id: str(x.id) ?? "", title: str(x.title) ?? "", author: str(x.author), publisher: str(x.publisher), date: str(x.date), kind: str(x.kind), file: str(x.file) };
    }),
    propertyKeys: strs(o.propertyKeys),
    minYear: num(o.minYear) ?? num(years.min) ?? null,
    maxYear: num(o.maxYear) ?? num(years.max) ?? null,
  };
}

export async function fetchGraph(): Promise<GraphData> {
  return toGraph(await getJson("/api/graph"));
}

export async function searchEntities(q: string, signal?: AbortSignal): Promise<SearchHit[]> {
  const o = await getJson("/api/search", { q, limit: 12 }, signal);
  const hits = Array.isArray(o) ? o : arr(asObj(o).hits ?? asObj(o).results);
  return hits.map((h) => {
    const x = asObj(h);
    const n = { ...asObj(x.entity), ...x };
    return { id: str(n.id) ?? "", name: str(n.name) ?? "", type: str(n.type) ?? str(n.label) ?? "", matched: str(n.matched) ?? str(n.match) };
  });
}

export async function fetchNeighbourhood(ids: string[], depth = 1): Promise<GraphData> {
  return toGraph(await getJson("/api/neighbourhood", { ids, depth }));
}

function ranked(v: unknown): RankedPaths {
  const o = asObj(v);
  const list = Array.isArray(v) ? v : arr(o.paths ?? o.routes ?? o.results);
  return { paths: list.map(toRankedPath), reason: str(o.reason) ?? str(o.message) };
}

export async function fetchPaths(from: string, to: string, maxHops: number, avoid: string[]): Promise<RankedPaths> {
  return ranked(await getJson("/api/paths", { from, to, maxHops, k: 10, avoid }));
}

export async function fetchLeverage(controller: string, dependent: string): Promise<RankedPaths> {
  return ranked(await getJson("/api/leverage", { controller, dependent }));
}

export async function fetchRoutes(from: string, to: string, avoid: string[]): Promise<RankedPaths> {
  return ranked(await getJson("/api/routes", { from, to, avoid }));
}

export async function runCypher(query: string, params: Record<string, unknown> = {}): Promise<CypherResult> {
  return toCypherResult(await postJson("/api/cypher", { query, params }));
}

function toCypherResult(v: unknown): CypherResult {
  const o = asObj(v);
  const columns = strs(o.columns);
  const rows = arr(o.rows).map((r) => (Array.isArray(r) ? r : columns.map((c) => asObj(r)[c])));
  return { columns, rows, graph: toGraph(o.graph) };
}

function toParam(v: unknown, name?: string): ParamDescriptor {
  const o = asObj(v);
  return {
    name: str(o.name) ?? name ?? "",
    type: str(o.type) ?? "string",
    description: str(o.description),
    default: o.default,
    options: strs(o.options ?? o.enum ?? o.values),
    required: o.required !== false && o.optional !== true,
  };
}

export async function fetchSavedQueries(): Promise<SavedQuery[]> {
  const o = await getJson("/api/queries");
  const list = Array.isArray(o) ? o : arr(asObj(o).queries);
  return list.map((q) => {
    const x = asObj(q);
    const params = Array.isArray(x.params ?? x.parameters)
      ? arr(x.params ?? x.parameters).map((p) => toParam(p))
      : Object.entries(asObj(x.params ?? x.parameters)).map(([k, p]) => toParam(p, k));
    return { id: str(x.id) ?? "", title: str(x.title) ?? str(x.id) ?? "", description: str(x.description), cypher: str(x.cypher) ?? str(x.query), params };
  });
}

export async function runSavedQuery(id: string, params: Record<string, unknown>): Promise<CypherResult> {
  return toCypherResult(await postJson(`/api/queries/${encodeURIComponent(id)}`, { params }));
}

export type ExportFormat = "graphml" | "gexf" | "json" | "csv" | "svg";

export function exportUrl(format: ExportFormat, ids: string[]): string {
  return withQuery("/api/export", { format, ids });
}
