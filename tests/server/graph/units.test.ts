import { describe, expect, it } from "vitest";
import { normalise } from "../../../server/graph/units.ts";

describe("normalise", () => {
  it("brings scaled units to their base unit", () => {
    expect(normalise(1.4, "million tonnes")).toEqual({ value: 1_400_000, unit: "tonnes" });
    expect(normalise(4_165_000, "tonnes")).toEqual({ value: 4_165_000, unit: "tonnes" });
    expect(normalise(10, "bcm")).toEqual({ value: 1e10, unit: "cubic metres" });
  });

  it("leaves units it cannot read as they are", () => {
    expect(normalise(6717, "km2")).toEqual({ value: 6717, unit: "km2" });
  });
});
