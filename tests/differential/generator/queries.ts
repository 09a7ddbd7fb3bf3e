// Whole read queries: MATCH / OPTIONAL MATCH / UNWIND / WITH / RETURN pipelines, shortestPath and
// allShortestPaths with endpoints inline, bound beforehand or filtered in WHERE, UNION, and
// graph-free expression queries. Each query comes with what the comparer needs to know about it.
import type { Prng } from "../prng.ts";
import type { Schema } from "../schema.ts";
import { literal } from "../literals.ts";
import { deeper, fresh, type Gen, type T } from "./context.ts";
import { listOf } from "./collections.ts";
import { expr } from "./expressions.ts";
import { matchPattern } from "./patterns.ts";
import { projection, scopeAfter, type Item, type Projection } from "./projection.ts";

/** How the comparer must read a column. */
export type ColumnKind = "value" | "bag" | "anyShortest";

export interface GeneratedQuery {
  text: string;
  columns: { name: string; kind: ColumnKind }[];
  orderBy?: number[];
  limited: boolean;
}

function columnsOf(items: Item[], shortest = new Set<string>()): GeneratedQuery["columns"] {
  return items.map((i) => ({
    name: i.alias,
    kind: shortest.has(i.alias) ? "anyShortest" : i.type === "bag" ? "bag" : "value",
  }));
}

function finish(clauses: string[], ret: Projection, shortest?: Set<string>): GeneratedQuery {
  return {
    text: [...clauses, `RETURN ${ret.text}`].join(" "),
    columns: columnsOf(ret.items, shortest),
    orderBy: ret.orderBy,
    limited: ret.limited,
  };
}

function bind(g: Gen, vars: [string, T][]): Gen {
  const scope = new Map(g.scope);
  for (const [v, t] of vars) scope.set(v, t);
  return { ...g, scope };
}

function matchClauses(g: Gen, clauses: string[]): Gen {
  const first = matchPattern(g);
  let parts = [first.text];
  let next = bind(g, first.bound);
  if (g.rng.chance(g.schema.big ? 0.05 : 0.2)) {
    const second = matchPattern(next);
    parts = [...parts, second.text];
    next = bind(next, second.bound);
  }
  clauses.push(`MATCH ${parts.join(", ")}${g.rng.chance(0.5) ? ` WHERE ${expr(deeper(next), "bool")}` : ""}`);
  if (g.rng.chance(0.35)) {
    const optional = g.rng.chance(0.6);
    const more = matchPattern(next);
    const after = bind(next, more.bound);
    const where = g.rng.chance(0.4) ? ` WHERE ${expr(deeper(after), "bool")}` : "";
    clauses.push(`${optional ? "OPTIONAL " : ""}MATCH ${more.text}${where}`);
    next = after;
  }
  return next;
}

function pipeline(g: Gen, withGraph: boolean): GeneratedQuery {
  const clauses: string[] = [];
  let cur = withGraph ? matchClauses(g, clauses) : g;
  if (!withGraph || g.rng.chance(0.2)) {
    const u = fresh(g, "u");
    const t = g.rng.pick(["int", "string"] as const);
    clauses.push(`UNWIND ${listOf(deeper(cur), t)} AS ${u}`);
    cur = bind(cur, [[u, t]]);
  }
  if (g.rng.chance(0.3)) {
    const w = projection(cur, "w", true, false);
    cur = { ...cur, scope: scopeAfter(w.items) };
    clauses.push(`WITH ${w.text}${g.rng.chance(0.4) ? ` WHERE ${expr(deeper(cur), "bool")}` : ""}`);
  }
  return finish(clauses, projection(cur, "c", false, true));
}

function endpoint(g: Gen, v: string, inline: boolean): string {
  const label = g.rng.chance(0.4) ? `:${g.rng.pick(g.schema.labels)}` : "";
  const props = inline && g.rng.chance(0.8) ? ` {id: ${literal(g.rng.pick(g.schema.nodeIds))}}` : "";
  return `(${v}${label}${props})`;
}

function shortestQuery(g: Gen): GeneratedQuery {
  const [a, b, p] = [fresh(g, "a"), fresh(g, "b"), fresh(g, "p")];
  const all = g.rng.chance(0.4);
  const fn = all ? "allShortestPaths" : "shortestPath";
  const type = g.rng.chance(0.4) ? `:${g.rng.pick(g.schema.relTypes)}` : "";
  const body = `[${type}${g.rng.pick(["*..4", "*1..3", "*", "*..2"])}]`;
  const rels = g.rng.pick([`-${body}->`, `<-${body}-`, `-${body}-`]);
  const mode = g.rng.pick(["inline", "bound", "where"] as const);
  const clauses: string[] = [];
  if (mode === "bound") {
    clauses.push(`MATCH ${endpoint(g, a, true)}`, `MATCH ${endpoint(g, b, true)}`);
    clauses.push(`MATCH ${p} = ${fn}((${a})${rels}(${b}))`);
  } else {
    clauses.push(`MATCH ${p} = ${fn}(${endpoint(g, a, mode === "inline")}${rels}${endpoint(g, b, mode === "inline")})`);
    // the start's id is excluded from the end's, or the pair (x, x) would fail the search
    const start = literal(g.rng.pick(g.schema.nodeIds));
    if (mode === "where") clauses.push(`WHERE ${a}.id = ${start} AND ${b}.id <> ${start}`);
  }
  const items: Item[] = [
    { text: `${a}.id AS c0`, alias: "c0", type: "string" },
    { text: `${b}.id AS c1`, alias: "c1", type: "string" },
    { text: `length(${p}) AS c2`, alias: "c2", type: "int" },
  ];
  if (g.rng.chance(0.5)) items.push({ text: `${p} AS c3`, alias: "c3", type: "path" });
  const ret: Projection = { text: items.map((i) => i.text).join(", "), items, limited: false };
  return finish(clauses, ret, all ? undefined : new Set(["c3"]));
}

function unionQuery(g: Gen): GeneratedQuery {
  const part = (): string => {
    const sub: Gen = { ...g, scope: new Map() };
    if (g.rng.chance(0.5)) {
      const n = fresh(g, "n");
      const label = g.rng.chance(0.7) ? `:${g.rng.pick(g.schema.labels)}` : "";
      const inner: Gen = { ...sub, scope: new Map([[n, "node"]]) };
      return `MATCH (${n}${label}) WHERE ${expr(inner, "bool")} RETURN ${n}.id AS c0, ${expr(inner, "int")} AS c1`;
    }
    const u = fresh(g, "u");
    const inner: Gen = { ...sub, scope: new Map([[u, "int" as T]]) };
    return `UNWIND ${listOf(sub, "int")} AS ${u} RETURN toString(${u}) AS c0, ${expr(inner, "int")} AS c1`;
  };
  const all = g.rng.chance(0.5) ? " ALL" : "";
  return {
    text: `${part()} UNION${all} ${part()}`,
    columns: [
      { name: "c0", kind: "value" },
      { name: "c1", kind: "value" },
    ],
    limited: false,
  };
}

/** One random read query over a graph with this schema. */
export function generateQuery(rng: Prng, schema: Schema): GeneratedQuery {
  const g: Gen = { rng, schema, scope: new Map(), depth: 3, counter: { n: 0 } };
  const kind = rng.weighted([
    [12, "match"],
    [3, "shortest"],
    [1, "union"],
    [3, "expr"],
  ] as const);
  if (kind === "shortest") return shortestQuery(g);
  if (kind === "union") return unionQuery(g);
  return pipeline(g, kind === "match");
}
