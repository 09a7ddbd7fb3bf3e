import { describe, expect, it } from "vitest";
import { equivalents, normalise, stem, tokens } from "../../../server/search/terms.ts";

describe("evidence search terms", () => {
  it("brings French and English plurals to one form", () => {
    expect(normalise("Entreprises")).toBe(normalise("entreprise"));
    expect(normalise("companies")).toBe(normalise("company"));
    expect(normalise("oléoducs")).toBe(normalise("Oleoduc"));
    expect(stem("gaz")).toBe("gaz");
  });

  it("knows the other language's form of the domain's words", () => {
    expect(equivalents(normalise("investment"))).toContain(normalise("investissement"));
    expect(equivalents(normalise("menace"))).toContain(normalise("threat"));
    expect(equivalents(normalise("xylophone"))).toEqual([]);
  });

  it("splits words at apostrophes and punctuation and keeps their offsets", () => {
    const text = "l'oléoduc, 80 %";
    expect(tokens(text).map((t) => [t.text, text.slice(t.start, t.end)])).toEqual([
      ["l", "l"],
      ["oléoduc", "oléoduc"],
      ["80", "80"],
    ]);
  });
});
