import { describe, expect, it } from "vitest";
import { figureParts, formatShare } from "../../contract/figures.ts";

describe("figures on drawings", () => {
  it("reads a share, an amount with a short unit and the year span", () => {
    expect(figureParts({ share: 0.8, year: 2022 })).toEqual(["80 %", "2022"]);
    expect(figureParts({ amount: 1.4, unit: "million tonnes", yearFrom: 2023 })).toEqual(["1.4 Mt", "since 2023"]);
    expect(figureParts({ amount: 4165000, unit: "tonnes" })).toEqual(["4,165,000 t"]);
    expect(formatShare(0.355)).toBe("35.5 %");
  });

  it("leaves out what is not documented", () => {
    expect(figureParts({})).toEqual([]);
    expect(figureParts({ share: "0.8", amount: Number.NaN })).toEqual([]);
  });
});
