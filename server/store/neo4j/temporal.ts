// Driver temporal values (Date, LocalTime, Time, LocalDateTime, DateTime, Duration) become the
// engine's own values, so both stores print a temporal value the same way (as Neo4j prints it:
// `2015-07-21T21:40:32.142+01:00`, not the driver's nine fraction digits).
import neo4j from "neo4j-driver";
import { epochDay } from "../../cypher/temporal/calendar.ts";
import { DurationVal, TemporalVal } from "../../cypher/temporal/types.ts";

type Num = number | { toNumber(): number };
const num = (v: Num | null | undefined): number =>
  v === null || v === undefined ? 0 : typeof v === "number" ? v : v.toNumber();

interface DriverFields {
  year: Num;
  month: Num;
  day: Num;
  hour: Num;
  minute: Num;
  second: Num;
  nanosecond: Num;
  timeZoneOffsetSeconds?: Num;
  timeZoneId?: string | null;
}

const dayOf = (f: DriverFields) => epochDay(num(f.year), num(f.month), num(f.day));
const nanosOf = (f: DriverFields) =>
  num(f.hour) * 3.6e12 + num(f.minute) * 6e10 + num(f.second) * 1e9 + num(f.nanosecond);

/** The engine value of a driver temporal value, or undefined when `v` is none. */
export function temporalFromDriver(v: unknown): TemporalVal | DurationVal | undefined {
  const f = v as DriverFields;
  if (neo4j.isDate(v)) return new TemporalVal("date", dayOf(f), 0, 0);
  if (neo4j.isLocalTime(v)) return new TemporalVal("localtime", 0, nanosOf(f), 0);
  if (neo4j.isTime(v)) return new TemporalVal("time", 0, nanosOf(f), num(f.timeZoneOffsetSeconds));
  if (neo4j.isLocalDateTime(v)) return new TemporalVal("localdatetime", dayOf(f), nanosOf(f), 0);
  if (neo4j.isDateTime(v))
    return new TemporalVal("datetime", dayOf(f), nanosOf(f), num(f.timeZoneOffsetSeconds), f.timeZoneId ?? undefined);
  if (neo4j.isDuration(v)) {
    const d = v as unknown as { months: Num; days: Num; seconds: Num; nanoseconds: Num };
    return new DurationVal(num(d.months), num(d.days), num(d.seconds), num(d.nanoseconds));
  }
  return undefined;
}
