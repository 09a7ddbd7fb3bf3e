// One-off curation step: merges the per-document staging files into the theme/type files.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { parse, stringify } from "yaml";

const REMAP: Record<string, string> = {
  "spief-2022": "st-petersburg-international-economic-forum-2022",
  "tokayev-visit-to-moscow-2022": "tokayev-visit-to-moscow-2022-11",
  "sanctions-against-russia": "western-sanctions-against-russia",
  "russian-minority-in-kazakhstan": "russian-population-of-kazakhstan",
};
const RETYPE: Record<string, string> = {
  "russian-population-of-kazakhstan": "Group",
  "kazakh-public": "Group",
  "the-west": "Group",
};
const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
type E = Record<string, any>;
const files = readdirSync("graph-data/staging")
  .filter((f) => f.endsWith(".yaml"))
  .sort();
const entities = new Map<string, E>();
const rels: E[] = [];
for (const f of files) {
  const y = parse(readFileSync(`graph-data/staging/${f}`, "utf8")) ?? {};
  for (const e0 of y.entities ?? []) {
    const e = { ...e0, id: REMAP[e0.id] ?? e0.id };
    const cur = entities.get(e.id);
    if (!cur) {
      entities.set(e.id, { ...e, aliases: [...(e.aliases ?? [])], mentions: [...(e.mentions ?? [])] });
      continue;
    }
    if (cur.type !== e.type) console.log(`TYPE CONFLICT ${e.id}: ${cur.type} vs ${e.type} (${f})`);
    if (cur.subtype !== e.subtype && e.subtype) console.log(`SUBTYPE ${e.id}: ${cur.subtype} vs ${e.subtype}`);
    cur.aliases.push(...(e.aliases ?? []), ...(e.nameFr !== cur.nameFr ? [e.nameFr] : []));
    cur.mentions.push(...(e.mentions ?? []));
    cur.date ??= e.date;
    cur.subtype ??= e.subtype;
  }
  for (const r of y.relations ?? [])
    rels.push({ ...r, from: REMAP[r.from] ?? r.from, to: REMAP[r.to] ?? r.to, _file: f });
}
for (const e of entities.values()) {
  if (RETYPE[e.id]) { e.type = RETYPE[e.id]; delete e.subtype; }
  const seen = new Set<string>();
  e.aliases = e.aliases.filter((a: string) => {
    const k = a.trim();
    if (!k || seen.has(k) || k === e.name) return false;
    seen.add(k);
    return true;
  });
  e.mentions = [...new Set(e.mentions)].sort();
}
// possible duplicates: entities sharing a folded name/alias
const byKey = new Map<string, Set<string>>();
for (const e of entities.values())
  for (const n of [e.name, e.nameFr, ...e.aliases]) {
    const k = fold(n);
    if (k.length < 3) continue;
    (byKey.get(k) ?? byKey.set(k, new Set()).get(k)!).add(e.id);
  }
for (const [k, ids] of byKey) if (ids.size > 1) console.log(`DUP? "${k}": ${[...ids].join(", ")}`);
// merge relations with identical claims
const key = (r: E) =>
  [r.type, r.from, r.to, r.sector, r.share, r.amount, r.unit, r.year, r.yearFrom, r.yearTo].join("|");
const sameFile = new Set<string>();
const merged = new Map<string, E>();
for (const r of rels) {
  let k = key(r);
  if (sameFile.has(`${k}#${r._file}`)) k = `${k}#${r._file}#${merged.size}`;
  sameFile.add(`${k}#${r._file}`);
  const cur = merged.get(k);
  if (!cur) {
    merged.set(k, { ...r, evidence: [...r.evidence] });
    continue;
  }
  for (const ev of r.evidence)
    if (!cur.evidence.some((x: E) => x.document === ev.document && x.quote === ev.quote)) cur.evidence.push(ev);
  cur.note ??= r.note;
}
// ids
const used = new Map<string, number>();
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
const out: E[] = [];
for (const r of merged.values()) {
  // base id, then qualified by what tells the claim apart: sector, year, document; last a counter
  const base = slug(`${r.from}-${r.type}-${r.to}`);
  const candidates = [
    base,
    slug(`${base}-${r.sector ?? ""}`),
    slug(`${base}-${r.sector ?? ""}-${r.year ?? r.yearFrom ?? ""}`),
    slug(`${base}-${r.sector ?? ""}-${r.year ?? r.yearFrom ?? ""}-${r.evidence[0].document}`),
  ];
  let id = candidates.find((c) => !used.has(c));
  for (let n = 2; !id; n++) if (!used.has(`${base}-${n}`)) id = `${base}-${n}`;
  used.set(id, 1);
  const { _file, ...rest } = r;
  out.push({ id, ...rest });
}
// conflicts: same fact, different figure, disjoint documents
const fact = (r: E) => [r.type, r.from, r.to, r.sector, r.unit, r.year, r.yearFrom, r.yearTo].join("|");
const byFact = new Map<string, E[]>();
for (const r of out)
  if (r.share !== undefined || r.amount !== undefined)
    (byFact.get(fact(r)) ?? byFact.set(fact(r), []).get(fact(r))!).push(r);
for (const group of byFact.values()) {
  if (group.length < 2) continue;
  for (const a of group)
    for (const b of group) {
      if (a === b) continue;
      const da = new Set(a.evidence.map((e: E) => e.document));
      if (b.evidence.some((e: E) => da.has(e.document))) continue;
      (a.conflictsWith ??= []).includes(b.id) || a.conflictsWith.push(b.id);
    }
  console.log(`CONFLICT ${group.map((r) => `${r.id}=${r.share ?? r.amount}`).join(" vs ")}`);
}
// entities no relation uses are dropped (the checker forbids orphans)
const usedIds = new Set(out.flatMap((r) => [r.from, r.to]));
for (const id of [...entities.keys()]) if (!usedIds.has(id)) { console.log(`ORPHAN dropped ${id}`); entities.delete(id); }
const ORDER = ["id", "type", "subtype", "name", "nameFr", "aliases", "description", "date", "mentions"];
const RORDER = [
  "id",
  "type",
  "from",
  "to",
  "theme",
  "sector",
  "share",
  "amount",
  "unit",
  "year",
  "yearFrom",
  "yearTo",
  "note",
  "conflictsWith",
  "evidence",
];
const pick = (o: E, order: string[]) =>
  Object.fromEntries(order.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
const FILE: Record<string, string> = {
  State: "states",
  Organisation: "organisations",
  Company: "companies",
  Infrastructure: "infrastructure",
  Person: "people",
  Event: "events",
  Agreement: "agreements",
  Place: "places",
  Sector: "sectors",
  Commodity: "commodities",
};
mkdirSync("graph-data/entities", { recursive: true });
mkdirSync("graph-data/relations", { recursive: true });
const groupBy = <T>(xs: T[], f: (x: T) => string) =>
  xs.reduce((m, x) => (m.get(f(x)) ?? m.set(f(x), []).get(f(x))!).push(x) && m, new Map<string, T[]>());
for (const [t, es] of groupBy([...entities.values()], (e) => FILE[e.type] ?? "other"))
  writeFileSync(
    `graph-data/entities/${t}.yaml`,
    stringify({ entities: es.sort((a, b) => a.id.localeCompare(b.id)).map((e) => pick(e, ORDER)) }, { lineWidth: 0 }),
  );
for (const [t, rs] of groupBy(out, (r) => r.theme))
  writeFileSync(
    `graph-data/relations/${t}.yaml`,
    stringify({ relations: rs.sort((a, b) => a.id.localeCompare(b.id)).map((r) => pick(r, RORDER)) }, { lineWidth: 0 }),
  );
console.log(`${entities.size} entities, ${out.length} relations (from ${rels.length} staged)`);
