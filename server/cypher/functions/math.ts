// Numeric functions: abs, sign, round, floor, ceil, sqrt, exp, log, log10, trig, e, pi, rand.
import type { Value } from "../values.ts";
import { def, num, unary, type FnTable } from "./registry.ts";

const f1 = (name: string, f: (x: number) => number) => unary((v) => f(num(name, v)));

function roundHalfUp(x: number, precision: number): number {
  const m = Math.pow(10, precision);
  const y = x * m;
  // Cypher rounds half away from zero
  const r = Math.sign(y) * Math.round(Math.abs(y));
  return r / m;
}

export const mathFunctions: FnTable = {
  abs: unary((v) => (typeof v === "bigint" ? (v < 0n ? -v : v) : Math.abs(num("abs", v)))),
  sign: unary((v) =>
    typeof v === "bigint" ? BigInt(v > 0n ? 1 : v < 0n ? -1 : 0) : BigInt(Math.sign(num("sign", v))),
  ),
  round: def(1, 2, ([v, p]): Value => (v === null ? null : roundHalfUp(num("round", v), p == null ? 0 : Number(p)))),
  floor: f1("floor", Math.floor),
  ceil: f1("ceil", Math.ceil),
  sqrt: f1("sqrt", Math.sqrt),
  exp: f1("exp", Math.exp),
  log: f1("log", Math.log),
  log10: f1("log10", Math.log10),
  sin: f1("sin", Math.sin),
  cos: f1("cos", Math.cos),
  tan: f1("tan", Math.tan),
  cot: f1("cot", (x) => 1 / Math.tan(x)),
  asin: f1("asin", Math.asin),
  acos: f1("acos", Math.acos),
  atan: f1("atan", Math.atan),
  atan2: def(2, 2, ([a, b]) => (a === null || b === null ? null : Math.atan2(num("atan2", a), num("atan2", b)))),
  degrees: f1("degrees", (x) => (x * 180) / Math.PI),
  radians: f1("radians", (x) => (x * Math.PI) / 180),
  haversin: f1("haversin", (x) => (1 - Math.cos(x)) / 2),
  e: def(0, 0, () => Math.E),
  pi: def(0, 0, () => Math.PI),
  rand: def(0, 0, () => Math.random()),
};
