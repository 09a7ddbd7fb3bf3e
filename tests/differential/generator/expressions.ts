// Well-typed random expressions: `expr(g, t)` writes an expression of type `t` (or null, since
// properties may be missing) from the variables in scope. Scalars here; lists, maps,
// comprehensions and quantifiers in collections.ts; graph predicates in predicates.ts.
import { literal } from "../literals.ts";
import { deeper, propRef, varsOf, type Gen, type T } from "./context.ts";
import { listExpr, listOf } from "./collections.ts";
import { graphPredicate } from "./predicates.ts";
import { neo4j5BoolBuilders, neo4j5FloatBuilders, neo4j5IntBuilders, neo4j5StringBuilders } from "./neo4j5-scalars.ts";

type Builder = readonly [number, (g: Gen) => string | undefined];

const HALVES = [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5];

function choose(g: Gen, leaves: Builder[], compound: Builder[]): string {
  const pool = g.depth > 0 ? [...leaves, ...compound] : leaves;
  for (let tries = 0; tries < 20; tries++) {
    const out = g.rng.weighted(pool)(g);
    if (out !== undefined) return out;
  }
  return g.rng.weighted(leaves)(g) ?? "null";
}

const varOf = (t: T) => (g: Gen) => {
  const vs = varsOf(g, t);
  return vs.length ? g.rng.pick(vs) : undefined;
};

function caseExpr(g: Gen, t: T): string {
  const d = deeper(g);
  if (g.rng.chance(0.5)) return `CASE WHEN ${expr(d, "bool")} THEN ${expr(d, t)} ELSE ${expr(d, t)} END`;
  const subject = expr(d, "int");
  return `CASE ${subject} WHEN ${g.rng.int(-1, 3)} THEN ${expr(d, t)} WHEN ${g.rng.int(-1, 3)} THEN ${expr(d, t)}${g.rng.chance(0.5) ? ` ELSE ${expr(d, t)}` : ""} END`;
}

const intBuilders: Builder[] = [
  [4, (g) => String(g.rng.int(-3, 7))],
  [3, (g) => propRef(g, "int")],
  [1, (g) => varOf("int")(g)],
  [1, (g) => (varsOf(g, "path").length ? `length(${varOf("path")(g)})` : undefined)],
  [1, (g) => (varsOf(g, "rels").length ? `size(${varOf("rels")(g)})` : undefined)],
  [1, (g) => (varsOf(g, "bag").length ? `size(${varOf("bag")(g)})` : undefined)],
];
const intCompound: Builder[] = [
  [3, (g) => `${expr(deeper(g), "int")} ${g.rng.pick(["+", "-", "*"])} ${expr(deeper(g), "int")}`],
  [1, (g) => `${expr(deeper(g), "int")} ${g.rng.pick(["/", "%"])} ${g.rng.pick([1, 2, 3, -2])}`],
  [0.1, (g) => `${expr(deeper(g), "int")} / ${expr(deeper(g), "int")}`],
  [1, (g) => `-${expr(deeper(g), "int")}`],
  [1, (g) => `abs(${expr(deeper(g), "int")})`],
  [1, (g) => `sign(${expr(deeper(g), g.rng.pick(["int", "float"] as const))})`],
  [1, (g) => `toInteger(${expr(deeper(g), "float")})`],
  [0.5, (g) => `toInteger(${literal(g.rng.pick(["12", " 7", "x", "3.9", "-2"]))})`],
  [2, (g) => `size(${expr(deeper(g), "string")})`],
  [2, (g) => `size(${listExpr(deeper(g))})`],
  [1, (g) => `coalesce(${expr(deeper(g), "int")}, ${g.rng.int(0, 3)})`],
  [1, (g) => caseExpr(g, "int")],
  [1, (g) => `${g.rng.pick(["head", "last"])}(${listOf(deeper(g), "int")})`],
  [1, (g) => `${listOf(deeper(g), "int")}[${g.rng.int(-2, 3)}]`],
  [1, (g) => `reduce(acc = 0, x IN ${listOf(deeper(g), "int")} | acc + coalesce(x, 0))`],
  ...neo4j5IntBuilders,
];

const floatBuilders: Builder[] = [
  [3, (g) => literal(g.rng.pick([...HALVES, 0.25, 3.0, -7.125, 1e3]))],
  [3, (g) => propRef(g, "float")],
  [1, (g) => varOf("float")(g)],
];
const floatCompound: Builder[] = [
  [
    3,
    (g) =>
      `${expr(deeper(g), "float")} ${g.rng.pick(["+", "-", "*"])} ${expr(deeper(g), g.rng.pick(["int", "float"] as const))}`,
  ],
  [1, (g) => `${expr(deeper(g), "int")} / ${literal(g.rng.pick([2.0, -4.0, 0.5]))}`],
  [0.2, (g) => `${expr(deeper(g), "float")} / ${expr(deeper(g), "float")}`],
  [
    2,
    (g) =>
      `${g.rng.pick(["round", "floor", "ceil", "abs"])}(${expr(deeper(g), g.rng.pick(["int", "float"] as const))})`,
  ],
  [2, (g) => `round(${literal(g.rng.pick(HALVES))})`],
  [1, (g) => `sqrt(abs(${expr(deeper(g), "float")}))`],
  [1, (g) => `toFloat(${expr(deeper(g), "int")})`],
  [0.5, (g) => `toFloat(${literal(g.rng.pick(["1.5", "x", "2", " 3.5"]))})`],
  [0.5, (g) => `${g.rng.pick(["pi()", "e()"])}`],
  [0.5, (g) => `${g.rng.pick(["sin", "cos", "atan", "exp", "log10"])}(${expr(deeper(g), "float")})`],
  [1, (g) => `coalesce(${expr(deeper(g), "float")}, 0.5)`],
  [1, (g) => caseExpr(g, "float")],
  ...neo4j5FloatBuilders,
];

const stringBuilders: Builder[] = [
  [3, (g) => literal(g.rng.pick(g.schema.strings))],
  [3, (g) => propRef(g, "string")],
  [1, (g) => varOf("string")(g)],
  [0.5, (g) => (varsOf(g, "rel").length ? `type(${varOf("rel")(g)})` : undefined)],
];
const stringCompound: Builder[] = [
  [2, (g) => `${expr(deeper(g), "string")} + ${expr(deeper(g), "string")}`],
  [
    2,
    (g) => `${g.rng.pick(["toUpper", "toLower", "trim", "ltrim", "rtrim", "reverse"])}(${expr(deeper(g), "string")})`,
  ],
  [
    1,
    (g) =>
      `substring(${expr(deeper(g), "string")}, ${g.rng.int(0, 2)}${g.rng.chance(0.5) ? `, ${g.rng.int(0, 3)}` : ""})`,
  ],
  [1, (g) => `${g.rng.pick(["left", "right"])}(${expr(deeper(g), "string")}, ${g.rng.int(0, 3)})`],
  [
    1,
    (g) =>
      `replace(${expr(deeper(g), "string")}, ${literal(g.rng.pick(["a", "n", " "]))}, ${literal(g.rng.pick(["", "_", "AA"]))})`,
  ],
  [1, (g) => `toString(${expr(deeper(g), g.rng.pick(["int", "float", "bool"] as const))})`],
  [1, (g) => `coalesce(${expr(deeper(g), "string")}, 'none')`],
  [1, (g) => caseExpr(g, "string")],
  [1, (g) => `head(${listOf(deeper(g), "string")})`],
  ...neo4j5StringBuilders,
];

const CMP = ["=", "<>", "<", "<=", ">", ">="];
const boolBuilders: Builder[] = [
  [1, (g) => g.rng.pick(["true", "false"])],
  [1, (g) => propRef(g, "bool")],
  [1, (g) => varOf("bool")(g)],
];
const boolCompound: Builder[] = [
  [4, (g) => `${expr(deeper(g), num(g))} ${g.rng.pick(CMP)} ${expr(deeper(g), num(g))}`],
  [
    2,
    (g) =>
      `${expr(deeper(g), "string")} ${g.rng.pick([...CMP, "STARTS WITH", "ENDS WITH", "CONTAINS"])} ${expr(deeper(g), "string")}`,
  ],
  [0.3, (g) => `${expr(deeper(g), num(g))} ${g.rng.pick(CMP)} ${expr(deeper(g), "string")}`],
  [
    2,
    (g) =>
      `${expr(deeper(g), g.rng.pick(["int", "string", "float", "bool"] as const))} IS ${g.rng.pick(["", "NOT "])}NULL`,
  ],
  [2, (g) => `NOT ${expr(deeper(g), "bool")}`],
  [3, (g) => `(${expr(deeper(g), "bool")} ${g.rng.pick(["AND", "OR", "XOR"])} ${expr(deeper(g), "bool")})`],
  [2, (g) => inList(g)],
  [3, (g) => graphPredicate(g)],
  [1, (g) => caseExpr(g, "bool")],
  // an integer literal where a boolean is tested: a compile-time error on both engines (a computed
  // integer is not used: Neo4j 5.26 folds `x AND true` to `x` and answers the integer, see CONTRACT.md)
  [0.05, (g) => `${g.rng.int(0, 3)} ${g.rng.pick(["AND", "OR"])} ${expr(deeper(g), "bool")}`],
  ...neo4j5BoolBuilders,
];

function num(g: Gen): "int" | "float" {
  return g.rng.chance(0.6) ? "int" : "float";
}

function inList(g: Gen): string {
  const d = deeper(g);
  if (varsOf(g, "bag").length && g.rng.chance(0.3)) return `${expr(d, "string")} IN ${varOf("bag")(g)}`;
  const t = g.rng.pick(["int", "string"] as const);
  return `${expr(d, t)} IN ${listOf(d, t)}`;
}

const TABLE: Partial<Record<T, [Builder[], Builder[]]>> = {
  int: [intBuilders, intCompound],
  float: [floatBuilders, floatCompound],
  string: [stringBuilders, stringCompound],
  bool: [boolBuilders, boolCompound],
};

/** An expression of type `t` (possibly null-valued) over the variables in scope. */
export function expr(g: Gen, t: T): string {
  const entry = TABLE[t];
  if (entry) return choose(g, entry[0], entry[1]);
  if (t === "list<int>") return listOf(g, "int");
  if (t === "list<string>") return listOf(g, "string");
  if (t === "map") return listExpr(g, "map");
  return varOf(t)(g) ?? "null";
}
