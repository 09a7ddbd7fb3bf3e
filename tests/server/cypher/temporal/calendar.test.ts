// The calendar arithmetic under the temporal values: epoch days agree with the platform's Date
// where Date reaches, round-trip everywhere in Neo4j's year range, and ISO weeks follow ISO 8601.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  civil,
  dayOfWeek,
  epochDay,
  isoWeek,
  monthsBetween,
  plusMonths,
} from "../../../../server/cypher/temporal/calendar.ts";

describe("calendar", () => {
  it("counts epoch days as Date does within Date's range", () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), (day) => {
        const d = new Date(day * 86_400_000);
        expect(epochDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(day);
      }),
    );
  });

  it("round-trips days to dates across years -999,999,999 to 999,999,999", () => {
    fc.assert(
      fc.property(fc.integer({ min: -365_242_500_000, max: 365_242_500_000 }), (day) => {
        const [y, m, d] = civil(day);
        expect(epochDay(y, m, d)).toBe(day);
      }),
    );
    expect(civil(epochDay(-999_999_999, 1, 1))).toEqual([-999_999_999, 1, 1]);
  });

  it("numbers ISO weeks from the week holding January 4th, Monday first", () => {
    expect(dayOfWeek(epochDay(1970, 1, 1))).toBe(4);
    expect(isoWeek(epochDay(1984, 1, 1))).toEqual([1983, 52]);
    expect(isoWeek(epochDay(2020, 12, 31))).toEqual([2020, 53]);
    expect(isoWeek(epochDay(2021, 1, 4))).toEqual([2021, 1]);
  });

  it("adds months clamping the day and counts whole months toward zero", () => {
    expect(civil(plusMonths(epochDay(1984, 1, 31), 1))).toEqual([1984, 2, 29]);
    expect(monthsBetween(epochDay(2018, 3, 11), epochDay(2016, 6, 24))).toBe(-20);
    expect(monthsBetween(epochDay(1984, 10, 11), epochDay(2015, 6, 24))).toBe(368);
  });
});
