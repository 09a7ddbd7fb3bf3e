import { describe, expect, it } from "vitest";
import { describeSpan, inYearWindow, spanOf, spanOverlaps, yearsNamed } from "../../contract/years.ts";

describe("the year rule", () => {
  it("reads a relation with only a start year as holding from that year on", () => {
    expect(spanOf({ yearFrom: 2015 })).toEqual({ from: 2015, to: Number.POSITIVE_INFINITY });
    expect(inYearWindow({ yearFrom: 2015 }, 2022, 2024)).toBe(true);
    expect(inYearWindow({ yearFrom: 2015 }, 2000, 2010)).toBe(false);
    expect(describeSpan({ yearFrom: 2015 })).toBe("since 2015");
  });

  it("reads a relation with only an end year as holding up to it", () => {
    expect(inYearWindow({ yearTo: 2014 }, 1990, 1995)).toBe(true);
    expect(inYearWindow({ yearTo: 2014 }, 2015, 2020)).toBe(false);
  });

  it("keeps a relation whose span overlaps the window and drops one outside it", () => {
    expect(inYearWindow({ yearFrom: 2019, yearTo: 2022 }, 2021, undefined)).toBe(true);
    expect(inYearWindow({ year: 2023 }, 2024, 2025)).toBe(false);
    expect(inYearWindow({ year: 2023 }, null, 2023)).toBe(true);
  });

  it("always keeps undated relations", () => {
    expect(spanOf({})).toBeNull();
    expect(inYearWindow({}, 2000, 2001)).toBe(true);
    expect(yearsNamed({})).toEqual([]);
  });

  it("names only the finite years of a span", () => {
    expect(yearsNamed({ yearFrom: 2015 })).toEqual([2015]);
    expect(yearsNamed({ yearFrom: 2019, yearTo: 2022 })).toEqual([2019, 2022]);
  });

  it("compares open-ended spans with a window", () => {
    expect(spanOverlaps({ from: 2015, to: Number.POSITIVE_INFINITY }, 2030, null)).toBe(true);
    expect(spanOverlaps({ from: Number.NEGATIVE_INFINITY, to: 2014 }, 2015, 2016)).toBe(false);
  });
});
