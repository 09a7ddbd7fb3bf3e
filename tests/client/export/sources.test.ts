import { describe, expect, it } from "vitest";
import type { ApiEdge } from "../../../client/api/types.ts";
import { footnote, MAX_QUOTES } from "../../../client/export/sources.ts";

const docs = [{ id: "senat-report", title: "Objectif zéro problème", publisher: "Sénat (France)" }];
const edge = (id: string, quotes: string[]): ApiEdge => ({
  id,
  type: "DEPENDS_ON",
  from: "a",
  to: "b",
  conflictsWith: [],
  evidence: quotes.map((quote) => ({ quote, document: "senat-report" })),
});

describe("a figure's footnote", () => {
  it("numbers each quote with its document and remembers which relation cites which", () => {
    const note = footnote([edge("e1", ["q1", "q2"]), edge("e2", ["q3"])], docs);
    expect(note.lines).toEqual([
      "[1] « q1 » — Objectif zéro problème, Sénat (France)",
      "[2] « q2 » — Objectif zéro problème, Sénat (France)",
      "[3] « q3 » — Objectif zéro problème, Sénat (France)",
    ]);
    expect(note.refs.get("e1")).toEqual([1, 2]);
    expect(note.refs.get("e2")).toEqual([3]);
  });

  it(`lists the documents once each beyond ${MAX_QUOTES} quotes, and names an unknown document by its id`, () => {
    const many = Array.from({ length: MAX_QUOTES + 1 }, (_, i) => edge(`e${i}`, [`q${i}`]));
    many.push({ ...edge("x", []), evidence: [{ quote: "q", document: "other" }] });
    expect(footnote(many, docs).lines).toEqual(["other", "Objectif zéro problème, Sénat (France)"]);
  });

  it("adds another document's disputing claim against the numbers of the figure it disputes", () => {
    const drawn = { ...edge("e1", ["80 %"]), share: 0.8, conflictsWith: ["e2"] };
    const other = { ...edge("e2", ["deux tiers"]), share: 0.66, year: 2022, conflictsWith: ["e1"] };
    const note = footnote([drawn], docs, (id) => (id === "e2" ? other : undefined));
    expect(note.lines).toEqual([
      "[1] « 80 % » — Objectif zéro problème, Sénat (France)",
      "≠ [1] disputed (66 %, 2022): « deux tiers » — Objectif zéro problème, Sénat (France)",
    ]);
    const both = footnote([drawn, other], docs, (id) => (id === "e2" ? other : drawn));
    expect(both.lines.filter((l) => l.startsWith("≠"))).toEqual(["≠ [1] and [2] disagree"]);
  });
});
