import { describe, expect, it } from "vitest";
import { edgesCsv, nodesCsv } from "../../../server/export/csv.ts";
import { toGraphml } from "../../../server/export/graphml.ts";
import type { Subgraph } from "../../../server/store/types.ts";

const g: Subgraph = {
  nodes: [
    { id: "a", label: "State", properties: { name: 'Say "hi", world', aliases: ["x", "y"] } },
    { id: "b", label: "Place", properties: { name: "B & <C>" } },
  ],
  edges: [
    {
      id: "e",
      type: "BORDERS",
      source: "a",
      target: "b",
      properties: { amount: 7600, unit: "km", sources: ["d1"], quotes: ["line\nbreak"] },
    },
  ],
};

describe("CSV export", () => {
  it("quotes cells with commas, quotes and newlines (RFC 4180)", () => {
    expect(nodesCsv(g).split("\r\n")[1]).toBe('a,State,,"Say ""hi"", world",,x | y,,');
    expect(edgesCsv(g)).toContain('e,BORDERS,a,"Say ""hi"", world",b,B & <C>,,,,7600,km,,,,,,d1,"line\nbreak"');
  });
});

describe("GraphML export", () => {
  it("escapes XML and declares typed keys", () => {
    const xml = toGraphml(g);
    expect(xml).toContain("B &amp; &lt;C&gt;");
    expect(xml).toContain('attr.name="amount" attr.type="double"');
  });
});
