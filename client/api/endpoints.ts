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
  const relTypes = counts(c.byType ?? c.relTypes);
  for (const t of arr(o.relationTypes ?? o.relationVocabulary)) {
    const type = str(t) ?? str(asObj(t).type);
    if (type && !(type in relTypes)) relTypes[type] = 0;
  }
  const years = asObj(o.years);
  return {
    store: str(o.store) ?? "unknown",
    namedSets: arr(o.namedSets).map((x) => ({
      id: str(asObj(x).id) ?? "",
      description: str(asObj(x).description) ?? "",
    })),
    labels: counts(c.byLabel ?? c.labels),
    entityLabel: str(o.entityLabel),
    relTypes,
    documents: arr(o.documents).map((d) => {
      const x = asObj(d);
      return {
        id: str(x.id) ?? "",
        title: str(x.title) ?? "",
        author: str(x.author),
        publisher: str(x.publisher),
        date: str(x.date),
        kind: str(x.kind),
        file: str(x.file),
      };
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
    return {
      id: str(n.id) ?? "",
      name: str(n.name) ?? "",
      type: str(n.type) ?? str(n.label) ?? "",
      matched: str(n.matched) ?? str(n.match),
    };
  });
}

export async function fetchNeighbourhood(ids: string[], depth = 1): Promise<GraphData> {
  return toGraph(await getJson("/api/neighbourhood", { ids, depth }));
}

function ranked(v: unknown): RankedPaths {
  const o = asObj(v);
  const list = Array.isArray(v) ? v : arr(o.paths ?? o.routes);
  const docs = asObj(o.documents);
  return { paths: list.map((p) => toRankedPath(p, docs)), reason: str(asObj(o.explanation).reason) ?? str(o.reason) };
}

export async function fetchPaths(from: string, to: string, maxHops: number, avoid: string[]): Promise<RankedPaths> {
  return ranked(await getJson("/api/paths", { from, to, maxHops, k: 10, avoid }));
}

export async function fetchLeverage(controller: string, dependent: string): Promise<RankedPaths> {
  return ranked(await getJson("/api/leverage", { controller, dependent }));
}

export async function fetchRoutes(from: string, to: string, avoid: string[]): Promise<RankedPaths> {
  // An explicit empty `avoid=` means "avoid nothing"; leaving it out would apply the server default.
  return ranked(await getJson(withQuery("/api/routes", { from, to, avoid }) + (avoid.length ? "" : "&avoid=")));
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

const SLUG_PATTERN = /a-z0-9/;

/** One parameter from the JSON Schema the server derives from the query's zod schema. */
function toParam(name: string, schema: unknown, required: boolean): ParamDescriptor {
  const o = asObj(schema);
  const options = strs(o.enum);
  const type = str(o.type) ?? "string";
  const entity = type === "string" && (SLUG_PATTERN.test(str(o.pattern) ?? "") || str(o.format) === "entity");
  return {
    name,
    type: entity ? "entity" : type,
    description: str(o.description),
    default: o.default,
    options,
    required: required && o.default === undefined,
  };
}

export async function fetchSavedQueries(): Promise<SavedQuery[]> {
  const o = await getJson("/api/queries");
  const list = Array.isArray(o) ? o : arr(asObj(o).queries);
  return list.map((q) => {
    const x = asObj(q);
    const schema = asObj(x.parameters ?? x.params);
    const required = new Set(strs(schema.required));
    const params = Object.entries(asObj(schema.properties)).map(([k, p]) => toParam(k, p, required.has(k)));
    return {
      id: str(x.id) ?? "",
      title: str(x.title) ?? str(x.id) ?? "",
      description: str(x.description),
      cypher: str(x.cypher),
      params,
    };
  });
}

export async function runSavedQuery(id: string, params: Record<string, unknown>): Promise<CypherResult> {
  return toCypherResult(await postJson(`/api/queries/${encodeURIComponent(id)}`, { params }));
}

export type ExportFormat = "graphml" | "gexf" | "json" | "csv" | "svg";

export function exportUrl(format: ExportFormat, ids: string[], part?: "nodes" | "edges"): string {
  return withQuery("/api/export", { format, ids, part });
}
