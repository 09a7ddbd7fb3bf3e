// Parses callable signatures written as Neo4j prints them (`toLower(input :: STRING) :: STRING`,
// `db.labels() :: (label :: STRING)`, the TCK's `test.my.proc(in :: INTEGER?) :: (out :: INTEGER?)`)
// into names, typed parameters and results. Signatures are the one place type rules are written.
import type { VType } from "./types.ts";

export interface Param {
  name: string;
  /** The type as written (`STRING`, `LIST<ANY>`, `INTEGER?`). */
  type: string;
  /** A parameter with a default may be omitted (`precision = 0 :: INTEGER`). */
  optional: boolean;
}
export interface ParsedSignature {
  name: string;
  params: Param[];
  /** Function result type, or undefined for a procedure. */
  returns?: string;
  /** Procedure output columns (empty for a VOID procedure). */
  outputs?: Param[];
}

export class SignatureError extends Error {}

/** Splits on commas that are not inside `<...>` or `(...)`. */
function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0,
    start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === "<" || ch === "(") depth++;
    else if (ch === ">" || ch === ")") depth--;
    else if (ch === "," && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  if (s.slice(start).trim()) out.push(s.slice(start));
  return out.map((x) => x.trim());
}

function parseParams(list: string): Param[] {
  return splitTop(list).map((p) => {
    const m = /^(\w+)\s*(?:=\s*(.*?))?\s*::\s*(.+)$/.exec(p);
    if (!m) throw new SignatureError(`bad parameter '${p}'`);
    return { name: m[1], type: m[3].trim(), optional: m[2] !== undefined };
  });
}

export function parseSignature(sig: string): ParsedSignature {
  const m = /^([\w.]+)\s*\((.*?)\)\s*::\s*(.+)$/s.exec(sig.trim());
  if (!m) throw new SignatureError(`bad signature '${sig}'`);
  const [, name, params, result] = m;
  const out = /^\((.*)\)$/s.exec(result.trim());
  if (out) {
    const body = out[1].trim();
    return { name, params: parseParams(params), outputs: body === "" || body === "VOID" ? [] : parseParams(body) };
  }
  return { name, params: parseParams(params), returns: result.trim() };
}

/** The compile-time type class of a written type (nullable marks and element types dropped). */
export function vtypeOf(written: string): VType {
  const t = written.replace(/\?$/, "").trim().toUpperCase();
  if (t.startsWith("LIST")) return "list";
  switch (t) {
    case "STRING":
      return "string";
    case "INTEGER":
      return "int";
    case "FLOAT":
      return "float";
    case "BOOLEAN":
      return "bool";
    case "MAP":
      return "map";
    case "NODE":
      return "node";
    case "RELATIONSHIP":
      return "rel";
    case "PATH":
      return "path";
    default:
      return "any";
  }
}
