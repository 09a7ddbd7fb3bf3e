// RETURN and WITH bodies: plain items (variables, typed expressions), DISTINCT, aggregation with
// grouping keys and DISTINCT aggregates, ORDER BY on projected columns, SKIP and LIMIT. Reports
// each column's type so the comparer knows which values Neo4j leaves unordered.
import { deeper, type Gen, type T } from "./context.ts";
import { expr } from "./expressions.ts";

export interface Item {
  text: string;
  alias: string;
  type: T;
}

const SCALARS: T[] = ["int", "float", "string", "bool", "list<int>", "list<string>", "map"];
const ORDERABLE = new Set<T>(["int", "float", "string", "bool"]);

function plainItem(g: Gen, alias: string, taken: Item[], noPaths = false): Item {
  const vars = [...g.scope].filter(([v, t]) => !taken.some((i) => i.alias === v) && !(noPaths && t === "path"));
  if (vars.length && g.rng.chance(0.3)) {
    const [v, t] = g.rng.pick(vars);
    return { text: v, alias: v, type: t };
  }
  const t = g.rng.weighted(SCALARS.map((s) => [s.startsWith("list") || s === "map" ? 1 : 3, s] as const));
  return { text: `${expr(deeper(g), t)} AS ${alias}`, alias, type: t };
}

function aggregate(g: Gen, alias: string): Item {
  const d = deeper(g);
  const distinct = g.rng.chance(0.3) ? "DISTINCT " : "";
  const kind = g.rng.weighted([
    [3, "count*"],
    [2, "count"],
    [2, "sum"],
    [1, "avg"],
    [2, "minmax"],
    [2, "collect"],
    [0.5, "stDev"],
  ] as const);
  const num = g.rng.pick(["int", "float"] as const);
  switch (kind) {
    case "count*":
      return { text: `count(*) AS ${alias}`, alias, type: "int" };
    case "count":
      return { text: `count(${distinct}${expr(d, g.rng.pick(SCALARS))}) AS ${alias}`, alias, type: "int" };
    case "sum":
      return { text: `sum(${distinct}${expr(d, num)}) AS ${alias}`, alias, type: num };
    case "avg":
      return { text: `avg(${distinct}${expr(d, num)}) AS ${alias}`, alias, type: "float" };
    case "stDev":
      return { text: `stDev(${expr(d, num)}) AS ${alias}`, alias, type: "float" };
    case "minmax": {
      const t = g.rng.pick(["int", "float", "string"] as const);
      return { text: `${g.rng.pick(["min", "max"])}(${distinct}${expr(d, t)}) AS ${alias}`, alias, type: t };
    }
    case "collect": {
      const t = g.rng.pick(["int", "string"] as const);
      return { text: `collect(${distinct}${expr(d, t)}) AS ${alias}`, alias, type: "bag" };
    }
  }
}

export interface Projection {
  text: string;
  items: Item[];
  /** Indexes of the columns ORDER BY sorts on, in order; undefined without ORDER BY. */
  orderBy?: number[];
  limited: boolean;
}

/**
 * A projection body (what follows RETURN or WITH). `keepVars` passes graph variables through
 * (for WITH, so later clauses still see them); `modifiers` allows ORDER BY / SKIP / LIMIT.
 */
export function projection(g: Gen, prefix: string, keepVars: boolean, modifiers: boolean): Projection {
  const items: Item[] = [];
  const aggregating = g.rng.chance(0.3);
  const distinct = !aggregating && g.rng.chance(0.15) ? "DISTINCT " : "";
  // rule neo4j-path-after-distinct: Neo4j 5.26 refuses a path variable passed through a DISTINCT or
  // aggregating WITH and read afterwards ("not possible to access variables declared before"),
  // though it is projected; such paths are not passed through
  const keep = (t: T) => !(t === "path" && (aggregating || distinct));
  if (keepVars)
    for (const [v, t] of g.scope) if (keep(t) && g.rng.chance(0.7)) items.push({ text: v, alias: v, type: t });
  const plain = g.rng.int(aggregating ? 0 : 1, 2);
  const noPaths = keepVars && (aggregating || !!distinct);
  for (let i = 0; i < plain; i++) items.push(plainItem(g, `${prefix}${items.length}`, items, noPaths));
  if (aggregating) for (let i = g.rng.int(1, 2); i > 0; i--) items.push(aggregate(g, `${prefix}${items.length}`));
  if (!items.length) items.push(plainItem(g, `${prefix}0`, items, noPaths));
  let text = distinct + items.map((i) => i.text).join(", ");
  let orderBy: number[] | undefined;
  let limited = false;
  if (modifiers) {
    const orderable = items.map((it, i) => [it, i] as const).filter(([it]) => ORDERABLE.has(it.type));
    if (orderable.length && g.rng.chance(0.4)) {
      const keys = [g.rng.pick(orderable)];
      if (orderable.length > 1 && g.rng.chance(0.3)) keys.push(g.rng.pick(orderable.filter((o) => o !== keys[0])));
      text += ` ORDER BY ${keys.map(([it]) => `${it.alias}${g.rng.pick(["", " DESC", " ASC"])}`).join(", ")}`;
      orderBy = keys.map(([, i]) => i);
    }
    if (g.rng.chance(0.1)) {
      text += ` SKIP ${g.rng.int(0, 3)}`;
      limited = true;
    }
    if (g.rng.chance(0.2)) {
      text += ` LIMIT ${g.rng.int(0, 4)}`;
      limited = true;
    }
  }
  return { text, items, orderBy, limited };
}

/** The scope after a projection: exactly its columns. */
export function scopeAfter(items: Item[]): Map<string, T> {
  return new Map(items.map((i) => [i.alias, i.type]));
}
