// Boolean operators with three-valued logic, comparisons, string predicates, regex and IN.
import { compare, equals } from "../compare.ts";
import { argumentError, typeError } from "../errors.ts";
import { typeOf, type Value } from "../values.ts";

export function asBool(v: Value): boolean | null {
  if (v === null || typeof v === "boolean") return v;
  throw typeError("InvalidArgumentType", `Expected a BOOLEAN but got ${typeOf(v)}`);
}

export function and(a: Value, b: Value): Value {
  const x = asBool(a),
    y = asBool(b);
  if (x === false || y === false) return false;
  return x === null || y === null ? null : true;
}
export function or(a: Value, b: Value): Value {
  const x = asBool(a),
    y = asBool(b);
  if (x === true || y === true) return true;
  return x === null || y === null ? null : false;
}
export function xor(a: Value, b: Value): Value {
  const x = asBool(a),
    y = asBool(b);
  return x === null || y === null ? null : x !== y;
}
export function not(a: Value): Value {
  const x = asBool(a);
  return x === null ? null : !x;
}

export const eq = (a: Value, b: Value): Value => equals(a, b);
export const neq = (a: Value, b: Value): Value => {
  const e = equals(a, b);
  return e === null ? null : !e;
};

const cmp =
  (test: (c: number) => boolean) =>
  (a: Value, b: Value): Value => {
    const c = compare(a, b);
    return c === null ? null : Number.isNaN(c) ? false : test(c);
  };
export const lt = cmp((c) => c < 0);
export const gt = cmp((c) => c > 0);
export const le = cmp((c) => c <= 0);
export const ge = cmp((c) => c >= 0);

const strOp =
  (test: (a: string, b: string) => boolean) =>
  (a: Value, b: Value): Value =>
    typeof a === "string" && typeof b === "string" ? test(a, b) : null;
export const startsWith = strOp((a, b) => a.startsWith(b));
export const endsWith = strOp((a, b) => a.endsWith(b));
export const contains = strOp((a, b) => a.includes(b));

// Compiled patterns, bounded: a query can make as many distinct patterns as it has rows.
const regexCache = new Map<string, RegExp>();
const REGEX_CACHE_LIMIT = 256;
export const regexMatch = strOp((a, b) => {
  let re = regexCache.get(b);
  if (!re) {
    if (regexCache.size >= REGEX_CACHE_LIMIT) regexCache.clear();
    // Java-style inline flags like (?i) are translated to JS flags
    let flags = "su",
      src = b;
    const m = /^\(\?([imsx]+)\)/.exec(src);
    if (m) {
      src = src.slice(m[0].length);
      if (m[1].includes("i")) flags += "i";
      if (m[1].includes("m")) flags += "m";
    }
    try {
      re = new RegExp(`^(?:${src})$`, flags);
    } catch (err) {
      throw argumentError("InvalidRegex", `Invalid regular expression ${JSON.stringify(b)}: ${(err as Error).message}`);
    }
    regexCache.set(b, re);
  }
  return re.test(a);
});

export function inList(x: Value, list: Value): Value {
  if (list === null) return null;
  if (!Array.isArray(list)) throw typeError("InvalidArgumentType", `IN expects a LIST but got ${typeOf(list)}`);
  let unknown = false;
  for (const e of list) {
    const r = equals(x, e);
    if (r === true) return true;
    if (r === null) unknown = true;
  }
  return unknown ? null : false;
}
