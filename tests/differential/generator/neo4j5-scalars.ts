// Builders for the Neo4j 5 scalar functions and temporal values, so the differential test covers
// them too: string functions (btrim, lower/upper, ||, trim … FROM, normalize, toStringOrNull),
// conversions that never fail, round with a mode, isNaN, and temporal values built from generated
// integers, compared through toString() and their accessors.
import { literal } from "../literals.ts";
import { deeper, type Gen } from "./context.ts";
import { expr } from "./expressions.ts";

type Builder = readonly [number, (g: Gen) => string | undefined];

const int = (g: Gen) => `coalesce(${expr(deeper(g), "int")}, 0)`;
const MODES = ["UP", "DOWN", "CEILING", "FLOOR", "HALF_UP", "HALF_DOWN", "HALF_EVEN"];
const ZONES = ["'+01:00'", "'-05:30'", "'Z'", "'Europe/Stockholm'", "'America/New_York'", "'Asia/Almaty'"];
const UNITS = ["'year'", "'quarter'", "'month'", "'week'", "'day'", "'hour'", "'minute'"];

/** A datetime, date or localdatetime from generated integers (fields kept in range with % and abs). */
function temporal(g: Gen): string {
  const y = `1970 + abs(${int(g)}) % 60`,
    m = `1 + abs(${int(g)}) % 12`,
    d = `1 + abs(${int(g)}) % 28`,
    h = `abs(${int(g)}) % 24`;
  switch (g.rng.int(0, 2)) {
    case 0:
      return `date({year: ${y}, month: ${m}, day: ${d}})`;
    case 1:
      return `localdatetime({year: ${y}, week: 1 + abs(${int(g)}) % 52, dayOfWeek: 1 + abs(${int(g)}) % 7, hour: ${h}})`;
    default:
      return `datetime({year: ${y}, ordinalDay: 1 + abs(${int(g)}) % 365, hour: ${h}, timezone: ${g.rng.pick(ZONES)}})`;
  }
}

const duration = (g: Gen) => `duration({days: ${int(g)}, hours: ${int(g)}, minutes: ${int(g)}})`;

export const neo4j5StringBuilders: Builder[] = [
  [1, (g) => `btrim(${expr(deeper(g), "string")}, ${literal(g.rng.pick(["a", "an", " ", ""]))})`],
  [1, (g) => `${g.rng.pick(["lower", "upper", "normalize"])}(${expr(deeper(g), "string")})`],
  [1, (g) => `${expr(deeper(g), "string")} || ${expr(deeper(g), "string")}`],
  [1, (g) => `trim(${g.rng.pick(["BOTH", "LEADING", "TRAILING"])} 'a' FROM ${expr(deeper(g), "string")})`],
  [1, (g) => `toStringOrNull(${expr(deeper(g), g.rng.pick(["int", "float", "bool"] as const))})`],
  [1, (g) => `toString(${temporal(g)} ${g.rng.pick(["+", "-"])} ${duration(g)})`],
  [0.5, (g) => `toString(duration.between(${temporal(g)}, ${temporal(g)}))`],
  [0.5, (g) => `toString(datetime.truncate(${g.rng.pick(UNITS)}, ${temporal(g)}))`],
];

export const neo4j5IntBuilders: Builder[] = [
  [0.5, (g) => `toIntegerOrNull(${expr(deeper(g), g.rng.pick(["string", "float", "bool"] as const))})`],
  [0.5, (g) => `${temporal(g)}.${g.rng.pick(["year", "month", "day", "week", "weekYear", "ordinalDay", "dayOfWeek"])}`],
];

export const neo4j5FloatBuilders: Builder[] = [
  [0.5, (g) => `round(${expr(deeper(g), "float")}, ${g.rng.int(0, 3)}, '${g.rng.pick(MODES)}')`],
  [0.5, (g) => `toFloatOrNull(${expr(deeper(g), g.rng.pick(["string", "int"] as const))})`],
];

export const neo4j5BoolBuilders: Builder[] = [
  [0.3, (g) => `isNaN(${expr(deeper(g), "float")})`],
  [0.5, (g) => `${temporal(g)} ${g.rng.pick(["<", "=", ">="])} ${temporal(g)}`],
];
