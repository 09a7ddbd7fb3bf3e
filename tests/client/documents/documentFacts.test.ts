import { describe, expect, it } from "vitest";
import { factsByDocument } from "../../../client/documents/documentFacts.ts";

const edge = (id: string, docs: string[]) => ({
  id,
  type: "T",
  from: "a",
  to: "b",
  conflictsWith: [],
  evidence: docs.map((document) => ({ document, quote: "…" })),
});

describe("facts per document", () => {
  it("counts each relation once per document that supports it", () => {
    const counts = factsByDocument({
      nodes: [],
      edges: [edge("r1", ["senat", "senat", "wiki"]), edge("r2", ["wiki"])],
    });
    expect(Object.fromEntries(counts)).toEqual({ senat: 1, wiki: 2 });
  });
});
