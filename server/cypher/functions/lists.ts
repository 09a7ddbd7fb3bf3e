// List and null-handling functions: size, head, last, tail, range, reverse, coalesce, nullIf, isEmpty.
import { equals } from "../compare.ts";
import { argumentError } from "../errors.ts";
import { PathVal, isMap, typeOf, type Value } from "../values.ts";
import { badArg, def, unary, type FnDocs, type FnTable } from "./registry.ts";

export const listFunctions: FnTable = {
  size: unary((v) => {
    if (typeof v === "string") return BigInt([...v].length);
    if (Array.isArray(v)) return BigInt(v.length);
    return badArg("size", v);
  }),
  head: unary((v) => (Array.isArray(v) ? (v[0] ?? null) : badArg("head", v))),
  last: unary((v) => (Array.isArray(v) ? (v[v.length - 1] ?? null) : badArg("last", v))),
  tail: unary((v) => (Array.isArray(v) ? v.slice(1) : badArg("tail", v))),
  reverse: unary((v) => {
    if (typeof v === "string") return [...v].reverse().join("");
    return Array.isArray(v) ? [...v].reverse() : badArg("reverse", v);
  }),
  coalesce: def(1, Infinity, (args) => args.find((a) => a !== null) ?? null),
  // null when the two are equal (=), else the first
  nullif: def(2, 2, ([a, b]) => (equals(a, b) === true ? null : a)),
  isempty: unary((v) => {
    if (typeof v === "string" || Array.isArray(v)) return v.length === 0;
    if (isMap(v) && !(v instanceof PathVal)) return Object.keys(v).length === 0;
    return badArg("isEmpty", v);
  }),
  range: def(2, 3, (args) => {
    if (args.some((a) => a === null)) return null;
    for (const a of args)
      if (typeof a !== "bigint")
        throw argumentError("InvalidArgumentType", `range() expects INTEGER arguments, got ${typeOf(a)}`);
    const [a, b] = [args[0] as bigint, args[1] as bigint];
    const step = args.length > 2 ? (args[2] as bigint) : 1n;
    if (step === 0n) throw argumentError("NumberOutOfRange", "range() step cannot be 0");
    // Neo4j's count, (end - start) / step + 1 with the division truncated toward zero: so
    // range(1, 0, 2) is [1] while range(1, 0) and range(0, -3, 2) are empty
    const n = (b - a) / step + 1n;
    const out: Value[] = [];
    for (let i = 0n; i < n; i++) out.push(a + i * step);
    return out;
  }),
};

export const listDocs: FnDocs = {
  size: {
    sig: "size(input :: STRING | LIST<ANY>) :: INTEGER",
    doc: "The number of items in a list or characters in a string.",
    args: ["list", "string", "rels"],
  },
  head: { sig: "head(list :: LIST<ANY>) :: ANY", doc: "The first item of a list." },
  last: { sig: "last(list :: LIST<ANY>) :: ANY", doc: "The last item of a list." },
  tail: { sig: "tail(input :: LIST<ANY>) :: LIST<ANY>", doc: "A list without its first item." },
  reverse: {
    sig: "reverse(input :: STRING | LIST<ANY>) :: STRING | LIST<ANY>",
    doc: "A string or list in reverse order.",
  },
  coalesce: { sig: "coalesce(input :: ANY) :: ANY", doc: "The first of its arguments that is not null." },
  nullif: { sig: "nullIf(v1 :: ANY, v2 :: ANY) :: ANY", doc: "null when the two values are equal, else the first." },
  isempty: {
    sig: "isEmpty(input :: STRING | MAP | LIST<ANY>) :: BOOLEAN",
    doc: "Whether a string, map or list has nothing in it.",
  },
  range: {
    sig: [
      "range(start :: INTEGER, end :: INTEGER) :: LIST<INTEGER>",
      "range(start :: INTEGER, end :: INTEGER, step :: INTEGER) :: LIST<INTEGER>",
    ],
    doc: "The integers from start to end inclusive, by step.",
  },
};
