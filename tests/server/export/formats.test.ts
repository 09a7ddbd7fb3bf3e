import { create } from "xmlbuilder2";
import { describe, expect, it } from "vitest";
import { edgesCsv, nodesCsv } from "../../../server/export/csv.ts";
import { toGraphml } from "../../../server/export/graphml.ts";
import { toSvg } from "../../../server/export/svg.ts";
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

describe("SVG export", () => {
  const svg = toSvg(g, [
    { id: "d1", title: "Rapport « A & B »", publisher: "Sénat <France>", format: "report" } as never,
  ]);

  it("is well-formed, with names and citations escaped and read back intact", () => {
    expect(svg).toContain("B &amp; &lt;C&gt;");
    // Parsing fails on malformed XML; the DOM gives the text as a viewer shows it.
    const root = create(svg).root().node as unknown as Element;
    const texts = [...root.getElementsByTagName("text")].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(["B & <C>", 'Say "hi", world', "Sources"]));
    // A relation's label carries its type, then its figures when it has any.
    expect(texts.some((t) => t?.startsWith("BORDERS"))).toBe(true);
    expect(texts).toContain("[1] Rapport « A & B » — Sénat <France> (d1)");
  });

  it("draws a legend entry per entity type and one arrow per relationship", () => {
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg).toContain(">Place</text>");
    expect(svg).toContain(">State</text>");
    expect(svg).toContain('marker-end="url(#arrow)"');
  });
});
