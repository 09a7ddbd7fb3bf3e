// The driver boundary without a server: driver Integer, Node, Relationship and Path values become
// the plain shapes the embedded store returns, and JS numbers go out typed by the loader rule.
import { describe, expect, it } from "vitest";
import neo4j, { Node, Path, PathSegment, Relationship } from "neo4j-driver";
import { driverValue, plainValue, toGraphEdge, toGraphNode } from "../../../../server/store/neo4j/convert.ts";

const ends = (elementId: string) => ({ "e:1": "kazakhstan", "e:2": "russia" })[elementId] ?? elementId;
const kz = new Node(neo4j.int(1), ["State"], { id: "kazakhstan", name: "Kazakhstan", aliases: ["RK"] }, "e:1");
const ru = new Node(neo4j.int(2), ["State"], { id: "russia", name: "Russia" }, "e:2");
const dep = new Relationship(
  neo4j.int(7),
  neo4j.int(1),
  neo4j.int(2),
  "DEPENDS_ON",
  { id: "kz-ru", share: 0.9, year: neo4j.int(2022) },
  "r:7",
  "e:1",
  "e:2",
);

describe("Neo4j value conversion", () => {
  it("turns Integers into JS numbers, or decimal strings beyond 2^53", () => {
    expect(plainValue(neo4j.int(42), ends)).toBe(42);
    expect(plainValue(neo4j.int("9223372036854775807"), ends)).toBe("9223372036854775807");
    expect(plainValue([neo4j.int(1), { n: neo4j.int(2) }], ends)).toEqual([1, { n: 2 }]);
  });

  it("turns nodes and relationships into plain values identified by their id property", () => {
    expect(plainValue(kz, ends)).toEqual({
      kind: "node",
      id: "kazakhstan",
      labels: ["State"],
      properties: { id: "kazakhstan", name: "Kazakhstan", aliases: ["RK"] },
    });
    expect(plainValue(dep, ends)).toEqual({
      kind: "relationship",
      id: "kz-ru",
      type: "DEPENDS_ON",
      start: "kazakhstan",
      end: "russia",
      properties: { id: "kz-ru", share: 0.9, year: 2022 },
    });
  });

  it("turns a path into its nodes and relationships in order", () => {
    const p = plainValue(new Path(kz, ru, [new PathSegment(kz, dep, ru)]), ends) as {
      nodes: { id: string }[];
      relationships: { id: string }[];
    };
    expect(p.nodes.map((n) => n.id)).toEqual(["kazakhstan", "russia"]);
    expect(p.relationships.map((r) => r.id)).toEqual(["kz-ru"]);
  });

  it("builds GraphNode and GraphEdge values with plain properties", () => {
    expect(toGraphNode(kz)).toMatchObject({ id: "kazakhstan", label: "State" });
    expect(toGraphEdge(dep, "kazakhstan", "russia")).toMatchObject({
      source: "kazakhstan",
      target: "russia",
      properties: { year: 2022 },
    });
  });

  it("sends integral numbers as Integers and other numbers as floats", () => {
    const out = driverValue({ year: 2022, share: 0.8, list: [1, 2.5] }) as {
      year: unknown;
      share: unknown;
      list: unknown[];
    };
    expect(neo4j.isInt(out.year)).toBe(true);
    expect(out.share).toBe(0.8);
    expect(neo4j.isInt(out.list[0])).toBe(true);
    expect(out.list[1]).toBe(2.5);
  });
});
