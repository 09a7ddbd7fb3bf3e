// The runtime temporal values: TemporalVal (date, localtime, time, localdatetime, datetime) and
// DurationVal (months, days, seconds, nanoseconds kept apart, as Neo4j does). Immutable; every
// operation lives in a sibling module.
import { formatDuration, formatTemporal } from "./format.ts";

export type TemporalKind = "date" | "localtime" | "time" | "localdatetime" | "datetime";
export const NANOS_PER_DAY = 86_400_000_000_000;
export const hasDate = (k: TemporalKind) => k === "date" || k === "localdatetime" || k === "datetime";
export const hasTime = (k: TemporalKind) => k !== "date";
export const hasZone = (k: TemporalKind) => k === "time" || k === "datetime";

export class TemporalVal {
  /**
   * `day`: days since 1970-01-01 of the local date (0 without a date); `nanos`: nanoseconds into the
   * local day; `offset`: seconds east of UTC (0 for local kinds); `zone`: IANA name of a datetime
   * built with a named zone.
   */
  constructor(
    readonly kind: TemporalKind,
    readonly day: number,
    readonly nanos: number,
    readonly offset: number,
    readonly zone?: string,
  ) {}

  /** UTC instant as [day, nanos of day]; local kinds read as if at UTC. */
  sortKey(): [number, number] {
    let day = this.day,
      nanos = this.nanos - this.offset * 1e9;
    const carry = Math.floor(nanos / NANOS_PER_DAY);
    nanos -= carry * NANOS_PER_DAY;
    if (hasDate(this.kind)) day += carry;
    return [day, nanos];
  }

  /** The ISO 8601 form of java.time's toString (seconds only when not zero). */
  toString(): string {
    return formatTemporal(this, false);
  }
}

export class DurationVal {
  readonly seconds: number;
  readonly nanos: number;
  /** Seconds and nanoseconds are normalised so that 0 <= nanos < 1e9. */
  constructor(
    readonly months: number,
    readonly days: number,
    seconds: number,
    nanos: number,
  ) {
    const carry = Math.floor(nanos / 1e9);
    this.seconds = seconds + carry;
    this.nanos = nanos - carry * 1e9;
  }
  toString(): string {
    return formatDuration(this);
  }
}
