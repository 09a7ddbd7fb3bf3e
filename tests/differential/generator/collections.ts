// Lists and maps: literals, range, slices, comprehensions, concatenation, split, and lists read
// from the graph (nodes(p), a variable-length relationship list, pattern comprehensions).
import { literal } from "../literals.ts";
import { deeper, fresh, propRef, varsOf, withVar, type Gen } from "./context.ts";
import { expr } from "./expressions.ts";
import { patternText } from "./patterns.ts";

type Elem = "int" | "string";

function literalList(g: Gen, t: Elem): string {
  const n = g.rng.int(0, 4);
  const items = Array.from({ length: n }, () =>
    g.rng.chance(0.1) ? null : t === "int" ? BigInt(g.rng.int(-2, 5)) : g.rng.pick(g.schema.strings),
  );
  return literal(items);
}

/** A list whose elements have type `t` (or null). Order is well defined. */
export function listOf(g: Gen, t: Elem): string {
  const d = deeper(g);
  const leaves: (() => string | undefined)[] = [
    () => literalList(g, t),
    () => (t === "string" ? propRef(g, "list<string>") : undefined),
    () =>
      t === "int"
        ? `range(${g.rng.int(-2, 2)}, ${g.rng.int(0, 6)}${g.rng.chance(0.3) ? `, ${g.rng.pick([1, 2, -1])}` : ""})`
        : undefined,
  ];
  const compound: (() => string | undefined)[] = [
    () => `${listOf(d, t)} + ${listOf(d, t)}`,
    () => `${listOf(d, t)}[${g.rng.int(-2, 1)}..${g.rng.int(0, 3)}]`,
    () => {
      // rule neo4j-reverse-array: Neo4j 5.26's reverse() raises a TypeError on a list read straight
      // from a property (a stored array), so reverse() only gets lists built by the query
      const inner = listOf(d, t);
      const stored = /^\w+\.\w+$/.test(inner);
      return `${stored ? "tail" : g.rng.pick(["tail", "reverse"])}(${inner})`;
    },
    () => `[${expr(d, t)}, ${expr(d, t)}]`,
    () => comprehension(d, t),
    () => (t === "string" ? `split(${expr(d, "string")}, ${literal(g.rng.pick([" ", "n", "a"]))})` : undefined),
    () => {
      const rels = varsOf(g, "rels");
      if (!rels.length) return undefined;
      const x = fresh(g, "x");
      return t === "int"
        ? `[${x} IN ${g.rng.pick(rels)} | ${x}.${g.rng.pick(intRelProps(g))}]`
        : `[${x} IN ${g.rng.pick(rels)} | type(${x})]`;
    },
    () => {
      const paths = varsOf(g, "path");
      if (!paths.length || t !== "string") return undefined;
      const x = fresh(g, "x");
      return `[${x} IN nodes(${g.rng.pick(paths)}) | ${x}.id]`;
    },
  ];
  const pool = g.depth > 0 ? [...leaves, ...compound] : leaves;
  for (let i = 0; i < 20; i++) {
    const out = g.rng.pick(pool)();
    if (out !== undefined) return out;
  }
  return literalList(g, t);
}

function intRelProps(g: Gen): string[] {
  const props = Object.entries(g.schema.relProps).filter(([, t]) => t === "int");
  return props.length ? props.map(([k]) => k) : ["id"];
}

function comprehension(g: Gen, t: Elem): string {
  const x = fresh(g, "x");
  const source = g.rng.pick(["int", "string"] as const);
  const inner = withVar(g, x, source);
  const where = g.rng.chance(0.6) ? ` WHERE ${expr(inner, "bool")}` : "";
  const proj = g.rng.chance(0.6) ? ` | ${expr(inner, t)}` : "";
  // Without a projection the elements keep the source's type.
  const src = proj ? listOf(g, source) : listOf(g, t);
  return `[${x} IN ${src}${where}${proj}]`;
}

/** all/any/none/single over a list, with the element in scope in the predicate. */
export function quantifier(g: Gen): string {
  const x = fresh(g, "x");
  const t = g.rng.pick(["int", "string"] as const);
  const q = g.rng.pick(["all", "any", "none", "single"]);
  return `${q}(${x} IN ${listOf(g, t)} WHERE ${expr(withVar(g, x, t), "bool")})`;
}

/**
 * A list for size() or a map: may have an order Neo4j leaves unspecified (keys, labels, pattern
 * comprehensions, collect results), which is harmless under size().
 */
export function listExpr(g: Gen, kind: "list" | "map" = "list"): string {
  const d = deeper(g);
  if (kind === "map") {
    const nodes = varsOf(g, "node");
    if (nodes.length && g.rng.chance(0.4)) {
      const keys = Object.keys(g.schema.nodeProps).filter(() => g.rng.chance(0.4));
      return `${g.rng.pick(nodes)} {.id${keys.map((k) => `, .${k}`).join("")}}`;
    }
    return `{a: ${expr(d, "int")}, b: ${expr(d, "string")}${g.rng.chance(0.3) ? `, c: ${listOf(d, "int")}` : ""}}`;
  }
  const options: (() => string | undefined)[] = [
    () => listOf(d, g.rng.pick(["int", "string"] as const)),
    () =>
      varsOf(g, "node").length ? `${g.rng.pick(["keys", "labels"])}(${g.rng.pick(varsOf(g, "node"))})` : undefined,
    () =>
      varsOf(g, "path").length
        ? `${g.rng.pick(["nodes", "relationships"])}(${g.rng.pick(varsOf(g, "path"))})`
        : undefined,
    () => {
      const nodes = varsOf(g, "node");
      if (!nodes.length || g.depth <= 0) return undefined;
      const m = fresh(g, "m");
      const pattern = patternText(d, g.rng.pick(nodes), m, false);
      return `[${pattern} | ${m}.id]`;
    },
  ];
  for (let i = 0; i < 20; i++) {
    const out = g.rng.pick(options)();
    if (out !== undefined) return out;
  }
  return listOf(d, "int");
}
