import { describe, expect, it } from "vitest";
import { leverSectorOf } from "../../../server/graph/leverSectors.ts";

describe("lever sectors", () => {
  it("gathers the documents' words for one flow into one sector", () => {
    expect(leverSectorOf("tanks", "dependence")).toEqual({ id: "arms", label: "Arms" });
    expect(leverSectorOf("air-defence", "dependence")).toEqual(leverSectorOf("arms", "supply"));
  });

  it("groups sectorless paths by their kind", () => {
    expect(leverSectorOf(undefined, "membership").label).toBe("Alliances and unions");
  });

  it("keeps a sector it does not know as a group of its own", () => {
    expect(leverSectorOf("water-heaters", "dependence")).toEqual({ id: "water-heaters", label: "Water heaters" });
  });
});
