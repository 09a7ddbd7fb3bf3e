import { describe, expect, it } from "vitest";
import { graphValue, pathText, valueText, type NodeValue } from "../../../client/results/cypherValues.ts";
import { textTable } from "../../../client/results/textTable.ts";

const node = (id: string, name: string, label = "State"): NodeValue => ({
  kind: "node",
  id,
  labels: [label, "Entity"],
  properties: { name },
});
const rel = (id: string, type: string, start: string, end: string) => ({
  kind: "relationship" as const,
  id,
  type,
  start,
  end,
  properties: {},
});

describe("Cypher values as text", () => {
  it("writes nodes, relationships and paths in Browser notation, following each hop's direction", () => {
    const kz = node("kazakhstan", "Kazakhstan");
    const port = node("port", "Port of Novorossiysk", "Infrastructure");
    const ru = node("russia", "Russia");
    expect(valueText(kz)).toBe("(:State Kazakhstan)");
    expect(valueText(rel("r1", "DEPENDS_ON", "kazakhstan", "port"))).toBe("[:DEPENDS_ON]");
    const path = {
      kind: "path" as const,
      nodes: [kz, port, ru],
      relationships: [rel("r1", "DEPENDS_ON", "kazakhstan", "port"), rel("r2", "CONTROLS", "russia", "port")],
    };
    expect(pathText(path)).toBe("(Kazakhstan)-[:DEPENDS_ON]->(Port of Novorossiysk)<-[:CONTROLS]-(Russia)");
  });

  it("treats only values the API tags as graph values: a map with an id stays a map", () => {
    expect(graphValue({ id: "russia", name: "Russia" })).toBeNull();
    expect(valueText({ id: "russia", n: 2 })).toBe('{id: "russia", n: 2}');
    expect(valueText([1, null, "a"])).toBe("[1, null, a]");
  });

  it("lays a text table out with columns as wide as their widest cell, cutting long cells", () => {
    const text = textTable(
      ["state", "n"],
      [
        ["Kazakhstan", 1],
        ["x".repeat(80), 22],
      ],
    );
    const lines = text.split("\n");
    expect(lines[0]).toBe(`+${"-".repeat(62)}+----+`);
    expect(lines[1]).toBe(`| state${" ".repeat(55)} | n  |`);
    expect(lines[4]).toContain("…");
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });
});
