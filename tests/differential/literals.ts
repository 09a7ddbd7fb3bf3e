// Cypher literal text for generated values: integers as written, floats always with a decimal
// point or exponent (so `2.0` stays a FLOAT on both engines), strings single-quoted and escaped.

export type Lit = null | boolean | bigint | number | string | Lit[];

export function literal(v: Lit): string {
  if (v === null) return "null";
  if (typeof v === "boolean") return String(v);
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "number") {
    const s = String(v);
    return /[.eE]/.test(s) || !Number.isFinite(v) ? s : `${s}.0`;
  }
  if (typeof v === "string") return `'${v.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
  return `[${v.map(literal).join(", ")}]`;
}
