// Turns the server's JSON into the client's types. Tolerant by design: it accepts nested
// `properties`, `label`/`labels` for the type, and evidence as {document,quote}[] or as the
// parallel `sources`/`quotes` lists the stores keep, so a wire change touches only this file.
import type { ApiEdge, ApiNode, Evidence, GraphData, RankedPath } from "./types.ts";

type Obj = Record<string, unknown>;

export const asObj = (v: unknown): Obj => (v && typeof v === "object" ? (v as Obj) : {});
const flat = (v: unknown): Obj => {
  const o = asObj(v);
  return { ...asObj(o.properties), ...o };
};
export const str = (v: unknown): string | undefined => (typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined);
export const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
export const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function toEvidence(o: Obj): Evidence[] {
  if (Array.isArray(o.evidence)) {
    return o.evidence.map((e) => ({ document: str(asObj(e).document) ?? "", quote: str(asObj(e).quote) ?? "" }));
  }
  const sources = strs(o.sources);
  const quotes = strs(o.quotes);
  return sources.map((document, i) => ({ document, quote: quotes[i] ?? "" }));
}

export function toNode(v: unknown): ApiNode {
  const o = flat(v);
  const labels = strs(o.labels);
  return {
    id: str(o.id) ?? "",
    type: str(o.type) ?? str(o.label) ?? labels[0] ?? "Unknown",
    subtype: str(o.subtype),
    name: str(o.name) ?? str(o.id) ?? "",
    nameFr: str(o.nameFr),
    aliases: strs(o.aliases),
    description: str(o.description),
    date: str(o.date),
  };
}

export function toEdge(v: unknown): ApiEdge {
  const o = flat(v);
  return {
    id: str(o.id) ?? "",
    type: str(o.type) ?? "",
    from: str(o.from) ?? str(o.source) ?? str(o.start) ?? "",
    to: str(o.to) ?? str(o.target) ?? str(o.end) ?? "",
    share: num(o.share),
    amount: num(o.amount),
    unit: str(o.unit),
    year: num(o.year),
    yearFrom: num(o.yearFrom),
    yearTo: num(o.yearTo),
    sector: str(o.sector),
    theme: str(o.theme),
    note: str(o.note),
    conflictsWith: strs(o.conflictsWith),
    evidence: toEvidence(o),
  };
}

export function toGraph(v: unknown): GraphData {
  const o = asObj(v);
  return {
    nodes: arr(o.nodes).map(toNode).filter((n) => n.id),
    edges: arr(o.edges ?? o.relationships).map(toEdge).filter((e) => e.id && e.from && e.to),
  };
}

/** Ids of a path's nodes and edges, whether the server lists ids or whole objects. */
const ids = (v: unknown): string[] => arr(v).map((x) => (typeof x === "string" ? x : str(asObj(x).id) ?? "")).filter(Boolean);

export function toRankedPath(v: unknown): RankedPath {
  const o = asObj(v);
  const rawFactors = o.factors ?? o.explanation;
  const factors = Array.isArray(rawFactors)
    ? rawFactors.map((f) => {
        const fo = asObj(f);
        return { label: str(fo.label) ?? str(fo.name) ?? str(fo.factor) ?? "", value: str(fo.value) ?? str(fo.text) ?? str(f) ?? "" };
      })
    : Object.entries(asObj(rawFactors)).map(([label, value]) => ({ label, value: str(value) ?? JSON.stringify(value) }));
  const pathObj = asObj(o.path);
  return {
    nodes: ids(o.nodes ?? pathObj.nodes),
    edges: ids(o.edges ?? o.relationships ?? pathObj.edges ?? pathObj.relationships),
    score: num(o.score) ?? num(o.cost) ?? num(o.weight),
    factors,
    summary: str(o.summary) ?? str(o.description) ?? "",
  };
}
