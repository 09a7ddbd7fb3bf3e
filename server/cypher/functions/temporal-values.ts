// Temporal constructors and their namespaced forms: date/localtime/time/localdatetime/datetime
// (no argument = now), `.realtime/.statement/.transaction([timezone])`, `.truncate(unit, value[, map])`,
// and `datetime.fromepoch` / `datetime.fromepochmillis`.
import { argumentError } from "../errors.ts";
import { current, epochMillis, temporalOf, zoneArg } from "../temporal/construct.ts";
import { realtime, statementClock } from "../temporal/clock.ts";
import { atInstant, UTC } from "../temporal/instant.ts";
import { truncate } from "../temporal/truncate.ts";
import type { TemporalKind } from "../temporal/types.ts";
import { isMap, typeOf, type Value } from "../values.ts";
import { def, type FnDocs, type FnTable } from "./registry.ts";

const KINDS: [TemporalKind, string][] = [
  ["date", "DATE"],
  ["localtime", "LOCAL TIME"],
  ["time", "ZONED TIME"],
  ["localdatetime", "LOCAL DATETIME"],
  ["datetime", "ZONED DATETIME"],
];

function zoneOfArg(v: Value) {
  if (isMap(v)) throw argumentError("InvalidArgumentType", "A clock function takes a time zone STRING, not a MAP");
  return zoneArg(v);
}

function epochNumber(name: string, v: Value): number {
  if (typeof v === "bigint") return Number(v);
  throw argumentError("InvalidArgumentType", `${name}() expects INTEGER arguments, got ${typeOf(v)}`);
}

export const temporalValueFunctions: FnTable = {};
export const temporalValueDocs: FnDocs = {};

for (const [kind, type] of KINDS) {
  temporalValueFunctions[kind] = def(0, 1, (args, ctx) =>
    args.length === 0 ? current(kind, statementClock(ctx)) : temporalOf(kind, args[0], statementClock(ctx)),
  );
  temporalValueDocs[kind] = {
    sig: `${kind}(input = DEFAULT_TEMPORAL_ARGUMENT :: ANY) :: ${type}`,
    doc: `Creates a ${type} from a string, a map of fields or another temporal value; the current one without argument.`,
  };
  for (const clock of ["realtime", "statement", "transaction"]) {
    const name = `${kind}.${clock}`;
    temporalValueFunctions[name] = def(0, 1, (args, ctx) => {
      if (args.length === 1 && args[0] === null) return null;
      const now = clock === "realtime" ? realtime : statementClock(ctx);
      return current(kind, now, args.length ? zoneOfArg(args[0]) : UTC);
    });
    temporalValueDocs[name] = {
      sig: `${name}(timezone = DEFAULT_TEMPORAL_ARGUMENT :: ANY) :: ${type}`,
      doc: `The current ${type} by the ${clock} clock, in the given time zone (UTC by default).`,
    };
  }
  temporalValueFunctions[`${kind}.truncate`] = def(2, 3, ([unit, value, fields]) =>
    truncate(kind, unit, value, fields ?? null),
  );
  temporalValueDocs[`${kind}.truncate`] = {
    sig: `${kind}.truncate(unit :: STRING, input = DEFAULT_TEMPORAL_ARGUMENT :: ANY, fields = null :: MAP) :: ${type}`,
    doc: `Truncates a temporal value to a ${type} at the given unit, then applies the fields given.`,
  };
}

temporalValueFunctions["datetime.fromepoch"] = def(2, 2, ([s, n]) =>
  atInstant("datetime", epochNumber("datetime.fromepoch", s), epochNumber("datetime.fromepoch", n)),
);
temporalValueDocs["datetime.fromepoch"] = {
  sig: "datetime.fromepoch(seconds :: NUMBER, nanoseconds :: NUMBER) :: ZONED DATETIME",
  doc: "Creates a ZONED DATETIME (UTC) from seconds and nanoseconds since the epoch.",
};
temporalValueFunctions["datetime.fromepochmillis"] = def(1, 1, ([ms]) =>
  epochMillis("datetime", epochNumber("datetime.fromepochmillis", ms), UTC),
);
temporalValueDocs["datetime.fromepochmillis"] = {
  sig: "datetime.fromepochmillis(milliseconds :: NUMBER) :: ZONED DATETIME",
  doc: "Creates a ZONED DATETIME (UTC) from milliseconds since the epoch.",
};
