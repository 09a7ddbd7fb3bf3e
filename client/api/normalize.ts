// Turns the server's JSON into the client's types. Tolerant by design: it accepts nested
// `properties`, `label`/`labels` for the type, and evidence as {document,quote}[] or as the
// parallel `sources`/`quotes` lists the stores keep, so a wire change touches only this file.
import type { ApiEdge, ApiNode, Evidence, GraphData, PathHop, RankedPath } from "./types.ts";

type Obj = Record<string, unknown>;

export const asObj = (v: unknown): Obj => (v && typeof v === "object" ? (v as Obj) : {});
const flat = (v: unknown): Obj => {
  const o = asObj(v);
  return { ...asObj(o.properties), ...o };
};
export const str = (v: unknown): string | undefined =>
  typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;
export const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
export const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
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
    nodes: arr(o.nodes)
      .map(toNode)
      .filter((n) => n.id),
    edges: arr(o.edges ?? o.relationships)
      .map(toEdge)
      .filter((e) => e.id && e.from && e.to),
  };
}

const pct = (share: number): string => `${Math.round(share * 1000) / 10} %`;

/** Citations by document id: the `documents` map a ranked answer carries. */
export type Citations = Obj;

/** A readable citation for evidence naming a document by id (looked up in `docs`) or inline. */
function citation(v: unknown, docs: Citations): string {
  const d = typeof v === "string" ? asObj(docs[v]) : asObj(v);
  const title = str(d.title) ?? str(d.id) ?? str(v) ?? "";
  return [title, str(d.author), str(d.publisher), str(d.date)].filter(Boolean).join(", ");
}

function toHop(v: unknown, docs: Citations): PathHop {
  const h = asObj(v);
  const f = asObj(h.figures);
  const figure = [
    num(f.share) !== undefined ? pct(num(f.share)!) : "",
    num(f.amount) !== undefined ? `${num(f.amount)!.toLocaleString("en")} ${str(f.unit) ?? ""}`.trim() : "",
    str(f.sector) ?? "",
    str(num(f.year)) ??
      (num(f.yearFrom) !== undefined || num(f.yearTo) !== undefined
        ? `${num(f.yearFrom) ?? "…"}–${num(f.yearTo) ?? "…"}`
        : ""),
  ].filter(Boolean);
  return {
    edge: str(h.edge) ?? str(asObj(h.edge).id) ?? "",
    type: str(h.type) ?? "",
    from: str(asObj(h.from).id) ?? str(h.from) ?? "",
    to: str(asObj(h.to).id) ?? str(h.to) ?? "",
    backward: h.direction === "backward",
    figure: figure.join(" · "),
    evidence: arr(h.evidence).map((e) => ({
      quote: str(asObj(e).quote) ?? "",
      citation: citation(asObj(e).document, docs),
    })),
  };
}

/** Ids of a path's nodes, whether the server lists ids or node references. */
const ids = (v: unknown): string[] =>
  arr(v)
    .map((x) => (typeof x === "string" ? x : (str(asObj(x).id) ?? "")))
    .filter(Boolean);

function headline(o: Obj, hops: number): string {
  if ("knownProduct" in o) {
    const score = num(o.score);
    const known = num(o.knownProduct);
    return score !== undefined
      ? `score ${pct(score)}`
      : `score unknown (known shares ${known !== undefined ? pct(known) : "none"})`;
  }
  if ("bottleneck" in o) {
    const b = asObj(o.bottleneck);
    const amount = num(b.amount);
    const label =
      amount !== undefined
        ? `bottleneck ${amount.toLocaleString("en")} ${str(b.unit) ?? ""}`.trim()
        : "capacity undocumented";
    return o.allHopsDocumented === false && amount !== undefined ? `${label} (some hops undocumented)` : label;
  }
  return `${hops} hop${hops === 1 ? "" : "s"}`;
}

export function toRankedPath(v: unknown, docs: Citations = {}): RankedPath {
  const o = asObj(v);
  const hops = arr(o.hops).map((h) => toHop(h, docs));
  const factors: RankedPath["factors"] = arr(o.factors).map((f) => {
    const x = asObj(f);
    const share = num(x.share);
    return {
      label: str(x.type) ?? "",
      value: share !== undefined ? pct(share) : "share not documented",
      edge: str(x.edge),
    };
  });
  if (str(o.kind)) factors.unshift({ label: "kind", value: str(o.kind)! });
  return {
    nodes: ids(o.nodes),
    edges: hops.length ? hops.map((h) => h.edge) : ids(o.edges),
    score: headline(o, hops.length),
    factors,
    hops,
  };
}
