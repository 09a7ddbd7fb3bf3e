// Path patterns: node and relationship patterns with labels, types, directions, inline property
// maps and variable length, for MATCH (new variables are reported with their types) and for
// pattern predicates and comprehensions (anchored on a bound node).
import { literal, type Lit } from "../literals.ts";
import type { PropType } from "../schema.ts";
import { fresh, varsOf, type Gen, type T } from "./context.ts";

export interface Pattern {
  text: string;
  /** Variables the pattern introduces, with their types. */
  bound: [string, T][];
}

function propLiteral(g: Gen, key: string, t: PropType): Lit {
  if (key === "id") return g.rng.pick(g.schema.nodeIds);
  if (t === "int") return BigInt(g.rng.int(-1, 4));
  if (t === "float") return g.rng.pick([0.5, 2.0, -1.5]);
  if (t === "bool") return g.rng.chance(0.5);
  if (t === "string") return g.rng.pick(g.schema.strings);
  return null;
}

function propMap(g: Gen, props: Record<string, PropType>, p: number): string {
  if (!g.rng.chance(p)) return "";
  const scalar = Object.entries(props).filter(([k, t]) => !t.startsWith("list") && k !== "id");
  const [key, t] = g.rng.chance(0.5) && "id" in props ? ["id", "string" as PropType] : g.rng.pick(scalar);
  return ` {${key}: ${literal(propLiteral(g, key, t))}}`;
}

function labels(g: Gen, p: number): string {
  let out = "";
  while (g.rng.chance(out ? p / 3 : p)) out += `:${g.rng.pick(g.schema.labels)}`;
  return out;
}

/** `(v:L {k: lit})` for a variable (bound or new) or an anonymous node. */
export function nodeText(g: Gen, v: string | undefined, bound: boolean): string {
  if (bound) return `(${v}${g.rng.chance(0.15) ? labels(g, 1) : ""})`;
  return `(${v ?? ""}${labels(g, 0.5)}${propMap(g, g.schema.nodeProps, 0.25)})`;
}

export interface RelOptions {
  v?: string;
  varLen: boolean;
  /** Whether an inline property map may be written (not on a reused variable). */
  props: boolean;
}

export function relText(g: Gen, o: RelOptions): string {
  const types = g.rng.chance(0.5) ? [g.rng.pick(g.schema.relTypes)] : [];
  // rule neo4j-repeated-type: Neo4j 5.26 matches a relationship once per repetition of its type in
  // `[:S|S]` (two rows for one relationship); alternatives are kept distinct
  const others = g.schema.relTypes.filter((t) => !types.includes(t));
  if (types.length && others.length && g.rng.chance(0.3)) types.push(g.rng.pick(others));
  let len = "";
  if (o.varLen)
    len = g.rng.pick(
      g.schema.big ? ["*1..2", "*..2", "*2", "*0..2"] : ["*1..2", "*..2", "*2", "*0..2", "*1..3", "*2..3"],
    );
  const body = `${o.v ?? ""}${types.length ? `:${types.join("|")}` : ""}${len}${o.props ? propMap(g, g.schema.relProps, 0.15) : ""}`;
  const inner = body ? `[${body}]` : "";
  return g.rng.pick([`-${inner}->`, `<-${inner}-`, `-${inner}-`]);
}

/**
 * A MATCH pattern of 1–3 hops: starts at a bound node or a new one, may revisit a node, may bind
 * relationship variables (lists when variable length) and a path variable.
 */
export function matchPattern(g: Gen): Pattern {
  const bound: [string, T][] = [];
  const nodes = varsOf(g, "node");
  const node = (first: boolean): string => {
    if (nodes.length && g.rng.chance(first ? 0.35 : 0.15)) return nodeText(g, g.rng.pick(nodes), true);
    if (first && g.schema.big) {
      const v = fresh(g, "n");
      bound.push([v, "node"]);
      return `(${v} {id: ${literal(g.rng.pick(g.schema.nodeIds))}})`;
    }
    const mine = bound.filter(([, t]) => t === "node").map(([v]) => v);
    if (!first && mine.length && g.rng.chance(0.1)) return nodeText(g, g.rng.pick(mine), true);
    if (g.rng.chance(0.15)) return nodeText(g, undefined, false);
    const v = fresh(g, "n");
    bound.push([v, "node"]);
    return nodeText(g, v, false);
  };
  const hops = g.rng.weighted([
    [2, 0],
    [5, 1],
    [3, 2],
    [g.schema.big ? 0 : 1, 3],
  ] as const);
  let text = node(true);
  for (let i = 0; i < hops; i++) {
    const varLen = g.rng.chance(0.25);
    let v: string | undefined;
    const lists = varsOf(g, "rels");
    // a relationship list bound before, reused: it must match exactly that list
    if (varLen && lists.length && g.rng.chance(0.4)) {
      text += relText(g, { v: g.rng.pick(lists), varLen, props: false }) + node(false);
      continue;
    }
    if (g.rng.chance(0.5)) {
      v = fresh(g, "r");
      bound.push([v, varLen ? "rels" : "rel"]);
    }
    text += relText(g, { v, varLen, props: true }) + node(false);
  }
  if (hops > 0 && g.rng.chance(0.2)) {
    const p = fresh(g, "p");
    bound.push([p, "path"]);
    text = `${p} = ${text}`;
  }
  return { text, bound };
}

/** A pattern anchored on bound node `from`, ending in `to` (a new variable) or an anonymous node. */
export function patternText(g: Gen, from: string, to: string | undefined, varLen: boolean): string {
  return `(${from})${relText(g, { varLen: varLen && g.rng.chance(0.3), props: false })}${nodeText(g, to, false)}`;
}
