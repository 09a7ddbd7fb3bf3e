import { describe, expect, it } from "vitest";
import { ENTITY_TYPES } from "../../graph-data/schema/index.ts";
import { colorOf, FALLBACK_COLOR, TYPE_COLORS } from "../../contract/palette.ts";

describe("the entity-type palette", () => {
  it("gives every entity type its own colour", () => {
    const colours = ENTITY_TYPES.map(colorOf);
    expect(colours).not.toContain(FALLBACK_COLOR);
    expect(new Set(colours).size).toBe(ENTITY_TYPES.length);
  });

  it("never gives two types the same colour", () => {
    const all = Object.values(TYPE_COLORS);
    expect(new Set(all).size).toBe(all.length);
  });
});
