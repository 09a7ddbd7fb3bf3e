// Conversions that never fail: toIntegerOrNull, toFloatOrNull, toBooleanOrNull, toStringOrNull
// (null where the plain conversion would refuse the type), and their list forms toIntegerList,
// toFloatList, toBooleanList, toStringList (each element converted, null where it cannot be).
import { CypherError } from "../errors.ts";
import type { Ctx } from "../executor/context.ts";
import type { Value } from "../values.ts";
import { badArg, def, type FnDef, type FnDocs, type FnTable } from "./registry.ts";
import { convertFunctions } from "./convert.ts";

/** The plain conversion with its type errors turned into null. */
type Convert = (v: Value, ctx: Ctx) => Value;

function orNull(name: string): Convert {
  const plain = convertFunctions[name]!.fn;
  return (v, ctx) => {
    if (v === null) return null;
    // Neo4j's toFloatOrNull refuses booleans and toBooleanOrNull floats, as their plain forms do
    try {
      return plain([v], ctx);
    } catch (err) {
      if (err instanceof CypherError) return null;
      throw err;
    }
  };
}

const one = (f: Convert): FnDef => def(1, 1, ([v], ctx) => f(v, ctx));
const list = (name: string, f: Convert): FnDef =>
  def(1, 1, ([v], ctx) => {
    if (v === null) return null;
    if (!Array.isArray(v)) return badArg(name, v);
    return v.map((x) => f(x, ctx));
  });

const toInt = orNull("tointeger"),
  toFloat = orNull("tofloat"),
  toBool = orNull("toboolean"),
  toStr = orNull("tostring");

export const convertOrNullFunctions: FnTable = {
  tointegerornull: one(toInt),
  tofloatornull: one(toFloat),
  tobooleanornull: one(toBool),
  tostringornull: one(toStr),
  tointegerlist: list("toIntegerList", toInt),
  tofloatlist: list("toFloatList", toFloat),
  tobooleanlist: list("toBooleanList", toBool),
  tostringlist: list("toStringList", toStr),
};

const orNullDoc = (name: string, type: string) => ({
  sig: `${name}(input :: ANY) :: ${type}`,
  doc: `The value as ${type === "STRING" ? "a" : "an"} ${type}, or null when it cannot be converted.`,
});
const listDoc = (name: string, type: string) => ({
  sig: `${name}(input :: LIST<ANY>) :: LIST<${type}>`,
  doc: `Each element as ${type === "INTEGER" ? "an" : "a"} ${type}, null where it cannot be converted.`,
});

export const convertOrNullDocs: FnDocs = {
  tointegerornull: orNullDoc("toIntegerOrNull", "INTEGER"),
  tofloatornull: orNullDoc("toFloatOrNull", "FLOAT"),
  tobooleanornull: orNullDoc("toBooleanOrNull", "BOOLEAN"),
  tostringornull: orNullDoc("toStringOrNull", "STRING"),
  tointegerlist: listDoc("toIntegerList", "INTEGER"),
  tofloatlist: listDoc("toFloatList", "FLOAT"),
  tobooleanlist: listDoc("toBooleanList", "BOOLEAN"),
  tostringlist: listDoc("toStringList", "STRING"),
};
