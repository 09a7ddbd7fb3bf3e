// Numeric functions: abs, sign, round (rounding.ts), isNaN, floor, ceil, sqrt, exp, log, log10, trig, e, pi, rand.
import { def, num, unary, type FnDocs, type FnTable } from "./registry.ts";
import { round } from "./rounding.ts";

const f1 = (name: string, f: (x: number) => number) => unary((v) => f(num(name, v)));

export const mathFunctions: FnTable = {
  abs: unary((v) => (typeof v === "bigint" ? (v < 0n ? -v : v) : Math.abs(num("abs", v)))),
  sign: unary((v) =>
    typeof v === "bigint" ? BigInt(v > 0n ? 1 : v < 0n ? -1 : 0) : BigInt(Math.sign(num("sign", v))),
  ),
  round: def(1, 3, round),
  isnan: unary((v) => Number.isNaN(num("isNaN", v))),
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

const float1 = (name: string, doc: string) => ({ sig: `${name}(input :: FLOAT) :: FLOAT`, doc });
export const mathDocs: FnDocs = {
  abs: { sig: "abs(input :: INTEGER | FLOAT) :: INTEGER | FLOAT", doc: "The absolute value of a number." },
  sign: { sig: "sign(input :: INTEGER | FLOAT) :: INTEGER", doc: "-1, 0 or 1 after the sign of a number." },
  round: {
    sig: [
      "round(value :: FLOAT) :: FLOAT",
      "round(value :: FLOAT, precision :: INTEGER | FLOAT) :: FLOAT",
      "round(value :: FLOAT, precision :: INTEGER | FLOAT, mode :: STRING) :: FLOAT",
    ],
    doc: "A number rounded to the given precision.",
  },
  isnan: { sig: "isNaN(input :: INTEGER | FLOAT) :: BOOLEAN", doc: "Whether a number is NaN (not a number)." },
  floor: float1("floor", "The largest integral float not above a number."),
  ceil: float1("ceil", "The smallest integral float not below a number."),
  sqrt: float1("sqrt", "The square root of a number."),
  exp: float1("exp", "e raised to a number."),
  log: float1("log", "The natural logarithm of a number."),
  log10: float1("log10", "The base 10 logarithm of a number."),
  sin: float1("sin", "The sine of an angle in radians."),
  cos: float1("cos", "The cosine of an angle in radians."),
  tan: float1("tan", "The tangent of an angle in radians."),
  cot: float1("cot", "The cotangent of an angle in radians."),
  asin: float1("asin", "The arcsine of a number, in radians."),
  acos: float1("acos", "The arccosine of a number, in radians."),
  atan: float1("atan", "The arctangent of a number, in radians."),
  atan2: { sig: "atan2(y :: FLOAT, x :: FLOAT) :: FLOAT", doc: "The angle of the point (x, y), in radians." },
  degrees: float1("degrees", "Radians converted to degrees."),
  radians: float1("radians", "Degrees converted to radians."),
  haversin: float1("haversin", "Half the versine of an angle."),
  e: { sig: "e() :: FLOAT", doc: "Euler's number." },
  pi: { sig: "pi() :: FLOAT", doc: "The number pi." },
  rand: { sig: "rand() :: FLOAT", doc: "A random float in [0, 1)." },
};
