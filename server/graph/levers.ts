// The leverage summary: the ranked leverage paths folded into levers — one per sector and asset
// the dependent relies on (Novorossiysk for oil exports, Russia itself for arms) — grouped by
// sector. Paths that document the same lever twice (a DEPENDS_ON and the matching SUPPLIES, two
// documents' figures) merge into one lever listing every figure; figures that list each other
// in `conflictsWith` mark the lever as disputed. Pure: it reads only the paths it is given.
import { yearsNamed } from "../../contract/years.ts";
import type { Lever, LeverFigure, LeverSectorGroup } from "../../contract/index.ts";
import type { HopView } from "./evidence.ts";
import type { LeveragePath } from "./leverage.ts";
import { leverSectorOf } from "./leverSectors.ts";
import { byNumberDesc, byString } from "./order.ts";

// The shapes are the wire contract's: the answer is sent as computed.
export type { Lever, LeverFigure, LeverSectorGroup };

const figureOf = (h: HopView): LeverFigure => ({
  edge: h.edge,
  type: h.type,
  share: h.figures.share ?? null,
  amount: h.figures.amount,
  unit: h.figures.unit,
  year: h.figures.year,
  yearFrom: h.figures.yearFrom,
  yearTo: h.figures.yearTo,
  sector: h.figures.sector,
  note: h.figures.note,
  evidence: h.evidence,
  conflictsWith: h.figures.conflictsWith ?? [],
  conflicts: h.conflicts ?? [],
});

const chainOf = (p: LeveragePath) =>
  p.hops
    .map((h, i) => `${i === 0 ? h.from.name + " " : ""}${h.type}${h.direction === "backward" ? "←" : "→"} ${h.to.name}`)
    .join(" ");

const maxOf = (xs: (number | null)[]) => {
  const known = xs.filter((x): x is number => x !== null);
  return known.length ? Math.max(...known) : null;
};

const byShare = (a: { maxShare: number | null; id: string }, b: { maxShare: number | null; id: string }) =>
  Number(a.maxShare === null) - Number(b.maxShare === null) ||
  byNumberDesc(a.maxShare ?? 0, b.maxShare ?? 0) ||
  byString(a.id, b.id);

export function summariseLevers(paths: readonly LeveragePath[]): LeverSectorGroup[] {
  const levers = new Map<string, Lever & { label: string }>();
  for (const p of paths) {
    const factorHops = p.hops.filter((h) => p.factors.some((f) => f.edge === h.edge));
    const sector =
      factorHops.find((h) => h.figures.sector)?.figures.sector ?? p.hops.find((h) => h.figures.sector)?.figures.sector;
    const group = leverSectorOf(p.kind === "membership" || p.kind === "intervention" ? undefined : sector, p.kind);
    // The asset is what the dependent relies on: the first node after it on the path.
    const asset = p.nodes[1] ?? p.nodes[p.nodes.length - 1]!;
    const id = `${group.id}:${asset.id}`;
    let lever = levers.get(id);
    if (!lever) {
      lever = {
        id,
        sector: group.id,
        label: group.label,
        asset,
        kinds: [],
        ranks: [],
        figures: [],
        maxShare: null,
        years: [],
        documents: [],
        disputed: false,
        edges: [],
        chain: chainOf(p),
      };
      levers.set(id, lever);
    }
    lever.ranks.push(p.rank);
    if (!lever.kinds.includes(p.kind)) lever.kinds.push(p.kind);
    for (const h of [...p.hops, ...p.alternatives.flat()]) {
      if (!lever.edges.includes(h.edge)) lever.edges.push(h.edge);
      for (const e of h.evidence) if (!lever.documents.includes(e.document)) lever.documents.push(e.document);
    }
    for (const h of factorHops) if (!lever.figures.some((f) => f.edge === h.edge)) lever.figures.push(figureOf(h));
  }
  const groups = new Map<string, LeverSectorGroup>();
  for (const lever of levers.values()) {
    const { label, ...rest } = lever;
    rest.figures.sort((a, b) => byNumberDesc(a.share ?? -1, b.share ?? -1) || byString(a.edge, b.edge));
    rest.maxShare = maxOf(rest.figures.map((f) => f.share));
    rest.years = [...new Set(rest.figures.flatMap(yearsNamed))].sort((a, b) => a - b);
    rest.documents.sort();
    rest.disputed = rest.figures.some((f) => f.conflictsWith.length > 0);
    const group = groups.get(rest.sector) ?? { id: rest.sector, label, maxShare: null, levers: [] };
    group.levers.push(rest);
    groups.set(rest.sector, group);
  }
  for (const g of groups.values()) {
    g.levers.sort(byShare);
    g.maxShare = maxOf(g.levers.map((l) => l.maxShare));
  }
  return [...groups.values()].sort(byShare);
}
