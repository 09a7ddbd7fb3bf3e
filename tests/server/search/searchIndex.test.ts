import { describe, expect, it } from "vitest";
import { acronymOf, fold } from "../../../server/search/searchIndex.ts";

describe("search helpers", () => {
  it("folds case and diacritics", () => {
    expect(fold("Tokaïev")).toBe("tokaiev");
    expect(fold("NOVOROSSIÏSK")).toBe("novorossiisk");
  });

  it("derives acronyms from multi-word names, skipping small words", () => {
    expect(acronymOf("Collective Security Treaty Organization")).toBe("csto");
    expect(acronymOf("Organisation du traité de sécurité collective")).toBe("otsc");
    expect(acronymOf("Kazakhstan")).toBe("");
  });
});
