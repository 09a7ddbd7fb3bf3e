// Turns answers already parsed with the wire contract (contract/) into the client's view types:
// graph records into nodes and edges with their evidence, ranked answers into worded paths.
// No field guessing: the contract names every field.
import type {
  Citations,
  Conflict,
  Evidence as WireEvidence,
  Hop,
  LeveragePath,
  Route,
  Subgraph,
  WireEdge,
  WireNode,
} from "../../contract/index.ts";
import { describeSpan } from "../../contract/years.ts";
import type { ApiEdge, ApiNode, CitedQuote, Evidence, GraphData, PathHop, RankedPath } from "./types.ts";

type Props = WireNode["properties"];
const text = (p: Props, k: string): string | undefined => (typeof p[k] === "string" ? (p[k] as string) : undefined);
const number = (p: Props, k: string): number | undefined => (typeof p[k] === "number" ? (p[k] as number) : undefined);
const texts = (p: Props, k: string): string[] => (Array.isArray(p[k]) ? (p[k] as string[]) : []);

export function toNode(n: WireNode): ApiNode {
  const p = n.properties;
  return {
    id: n.id,
    type: n.label,
    subtype: text(p, "subtype"),
    name: text(p, "name") ?? n.id,
    nameFr: text(p, "nameFr"),
    aliases: texts(p, "aliases"),
    description: text(p, "description"),
    date: text(p, "date"),
  };
}

/** Evidence travels as the parallel `sources[i]` / `quotes[i]` lists both stores keep. */
export function evidenceOfEdge(p: Props): Evidence[] {
  const quotes = texts(p, "quotes");
  return texts(p, "sources").map((document, i) => ({ document, quote: quotes[i] ?? "" }));
}

export function toEdge(e: WireEdge): ApiEdge {
  const p = e.properties;
  return {
    id: e.id,
    type: e.type,
    from: e.source,
    to: e.target,
    share: number(p, "share"),
    amount: number(p, "amount"),
    unit: text(p, "unit"),
    year: number(p, "year"),
    yearFrom: number(p, "yearFrom"),
    yearTo: number(p, "yearTo"),
    sector: text(p, "sector"),
    theme: text(p, "theme"),
    note: text(p, "note"),
    conflictsWith: texts(p, "conflictsWith"),
    evidence: evidenceOfEdge(p),
  };
}

export const toGraph = (g: Subgraph): GraphData => ({ nodes: g.nodes.map(toNode), edges: g.edges.map(toEdge) });

export const pct = (share: number): string => `${Math.round(share * 1000) / 10} %`;

/** "Title, author, publisher, date" for a document id, from the answer's citations. */
export function citationText(id: string, docs: Citations): string {
  const d = docs[id];
  if (!d) return id;
  return [d.title, d.author, d.publisher, d.date].filter(Boolean).join(", ");
}

/** "80 % · 1.4 million tonnes · oil-exports · 2024": a hop's figures in plain words. */
export function describeFigures(f: Hop["figures"]): string {
  return [
    f.share !== undefined ? pct(f.share) : "",
    f.amount !== undefined ? `${f.amount.toLocaleString("en")} ${f.unit ?? ""}`.trim() : "",
    f.sector ?? "",
    describeSpan(f),
  ]
    .filter(Boolean)
    .join(" · ");
}

const citedQuotes = (evidence: WireEvidence[], docs: Citations): CitedQuote[] =>
  evidence.map((e) => ({ quote: e.quote, citation: citationText(e.document, docs), document: e.document }));

/** A disagreeing claim in words: its figure and its quotes with their citations. */
export const conflictView = (c: Conflict, docs: Citations): PathHop["conflicts"][number] => ({
  edge: c.id,
  figure: describeFigures(c.figures),
  evidence: citedQuotes(c.evidence, docs),
});

export function toHop(h: Hop, docs: Citations): PathHop {
  return {
    edge: h.edge,
    type: h.type,
    from: h.from.id,
    to: h.to.id,
    backward: h.direction === "backward",
    figure: describeFigures(h.figures),
    evidence: citedQuotes(h.evidence, docs),
    conflicts: (h.conflicts ?? []).map((c) => conflictView(c, docs)),
  };
}

const pathOf = (nodes: { id: string }[], hops: PathHop[]) => ({
  nodes: nodes.map((n) => n.id),
  edges: hops.map((h) => h.edge),
  hops,
});

export function leverageToRanked(p: LeveragePath, docs: Citations): RankedPath {
  const hops = p.hops.map((h) => toHop(h, docs));
  const score =
    p.score !== null
      ? `score ${pct(p.score)}`
      : `score unknown (known shares ${p.factors.some((f) => f.share !== null) ? pct(p.knownProduct) : "none"})`;
  return {
    ...pathOf(p.nodes, hops),
    score,
    factors: [
      { label: "kind", value: p.kind },
      ...p.factors.map((f) => ({
        label: f.type,
        value: f.share !== null ? pct(f.share) : "share not documented",
        edge: f.edge,
      })),
    ],
  };
}

export function routeToRanked(r: Route, docs: Citations): RankedPath {
  const hops = r.hops.map((h) => toHop(h, docs));
  const b = r.bottleneck;
  const label = b ? `bottleneck ${b.amount.toLocaleString("en")} ${b.unit}` : "capacity undocumented";
  return {
    ...pathOf(r.nodes, hops),
    score: b && !r.allHopsDocumented ? `${label} (some hops undocumented)` : label,
    factors: [],
  };
}

export function pathToRanked(p: { nodes: { id: string }[]; hops: Hop[] }, docs: Citations): RankedPath {
  const hops = p.hops.map((h) => toHop(h, docs));
  return { ...pathOf(p.nodes, hops), score: `${hops.length} hop${hops.length === 1 ? "" : "s"}`, factors: [] };
}
