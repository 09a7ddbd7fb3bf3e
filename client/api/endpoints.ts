// One function per API route. Each parses the answer with the wire contract (contract/) and
// returns client types (convert.ts), so components stay ignorant of URLs and wire shapes.
import {
  type SearchAnswer as SearchAnswerType,
  CypherAnswer,
  GraphAnswer,
  LeverageAnswer,
  Meta as MetaAnswer,
  NeighbourhoodAnswer,
  PathsAnswer,
  RoutesAnswer,
  SavedQueryAnswer,
  SavedQueryList,
  SearchAnswer,
} from "../../contract/index.ts";
import { getJson, postJson, readAs, withQuery } from "./http.ts";
import { leverageToRanked, pathToRanked, routeToRanked, toGraph } from "./convert.ts";
import type { LeverageView, RoutesView } from "./analysisTypes.ts";
import type { CypherResult, GraphData, Meta, ParamDescriptor, RankedPaths, SavedQuery, SearchHit } from "./types.ts";

export async function fetchMeta(): Promise<Meta> {
  const o = readAs(MetaAnswer)(await getJson("/api/meta"));
  const relTypes: Record<string, number> = { ...o.counts.byType };
  for (const t of o.relationTypes) relTypes[t.type] ??= 0;
  return {
    store: o.store,
    namedSets: o.namedSets,
    labels: o.counts.byLabel,
    entityLabel: o.entityLabel,
    relTypes,
    documents: o.documents,
    propertyKeys: [],
    minYear: o.years.min,
    maxYear: o.years.max,
    cypher: o.cypher,
  };
}

export async function fetchGraph(): Promise<GraphData> {
  return toGraph(readAs(GraphAnswer)(await getJson("/api/graph")));
}

export async function searchEntities(q: string, signal?: AbortSignal): Promise<SearchHit[]> {
  const o = readAs(SearchAnswer)(await getJson("/api/search", { q, limit: 12, evidence: "false" }, signal));
  return o.hits.map((h) => ({ id: h.id, name: h.name, type: h.type, matched: h.matched[0] }));
}

/** Names, quotes, notes and descriptions matching `q`, as the contract describes them. */
export async function searchEvidence(q: string, signal?: AbortSignal): Promise<SearchAnswerType> {
  return readAs(SearchAnswer)(await getJson("/api/search", { q, limit: 20 }, signal));
}

export async function fetchNeighbourhood(ids: string[], depth = 1): Promise<GraphData> {
  return toGraph(readAs(NeighbourhoodAnswer)(await getJson("/api/neighbourhood", { ids, depth })));
}

export async function fetchPaths(from: string, to: string, maxHops: number, avoid: string[]): Promise<RankedPaths> {
  const o = readAs(PathsAnswer)(await getJson("/api/paths", { from, to, maxHops, k: 10, avoid }));
  return { paths: o.paths.map((p) => pathToRanked(p, o.documents)) };
}

export async function fetchLeverage(controller: string, dependent: string): Promise<LeverageView> {
  const o = readAs(LeverageAnswer)(await getJson("/api/leverage", { controller, dependent }));
  return { paths: o.paths.map((p) => leverageToRanked(p, o.documents)), sectors: o.levers, documents: o.documents };
}

/** Routes to `to`, or (with `to` empty) the best route to every destination, each with its bar. */
export async function fetchRoutes(from: string, to: string, avoid: string[]): Promise<RoutesView> {
  // An explicit empty `avoid=` means "avoid nothing"; leaving it out would apply the server default.
  const url = withQuery("/api/routes", { from, to, avoid }) + (avoid.length ? "" : "&avoid=");
  const o = readAs(RoutesAnswer)(await getJson(url));
  const values = o.routes.map((r) => r.bottleneck?.normalised.value ?? null);
  const max = Math.max(0, ...values.filter((v): v is number => v !== null));
  return {
    paths: o.routes.map((r) => routeToRanked(r, o.documents)),
    reason: o.explanation?.reason,
    bars: values.map((v) => (v !== null && max > 0 ? v / max : null)),
    blocked: o.blocked ?? [],
  };
}

export async function runCypher(query: string, params: Record<string, unknown> = {}): Promise<CypherResult> {
  const o = readAs(CypherAnswer)(await postJson("/api/cypher", { query, params }));
  return { columns: o.columns, rows: o.rows, graph: toGraph(o.graph) };
}

const SLUG_PATTERN = /a-z0-9/;

/** One parameter from the JSON Schema the server derives from the query's zod schema. */
function toParam(name: string, schema: Record<string, unknown>, required: boolean): ParamDescriptor {
  const type = typeof schema.type === "string" ? schema.type : "string";
  const pattern = typeof schema.pattern === "string" ? schema.pattern : "";
  const options = Array.isArray(schema.enum) ? schema.enum.filter((x): x is string => typeof x === "string") : [];
  return {
    name,
    type: type === "string" && (SLUG_PATTERN.test(pattern) || schema.format === "entity") ? "entity" : type,
    description: typeof schema.description === "string" ? schema.description : undefined,
    default: schema.default,
    options,
    required: required && schema.default === undefined,
  };
}

const asRecord = (v: unknown): Record<string, unknown> =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

export async function fetchSavedQueries(): Promise<SavedQuery[]> {
  const o = readAs(SavedQueryList)(await getJson("/api/queries"));
  return o.queries.map((q) => {
    // `parameters` is a JSON Schema document: its inner shape is JSON Schema's, not ours.
    const required = new Set(Array.isArray(q.parameters.required) ? q.parameters.required : []);
    const params = Object.entries(asRecord(q.parameters.properties)).map(([k, p]) =>
      toParam(k, asRecord(p), required.has(k)),
    );
    return { id: q.id, title: q.title, description: q.description, cypher: q.cypher, params };
  });
}

export async function runSavedQuery(id: string, params: Record<string, unknown>): Promise<CypherResult> {
  const o = readAs(SavedQueryAnswer)(await postJson(`/api/queries/${encodeURIComponent(id)}`, { params }));
  return { columns: o.columns, rows: o.rows, graph: toGraph(o.graph) };
}

export type ExportFormat = "graphml" | "gexf" | "json" | "csv" | "svg";

export function exportUrl(format: ExportFormat, ids: string[], part?: "nodes" | "edges"): string {
  return withQuery("/api/export", { format, ids, part });
}
