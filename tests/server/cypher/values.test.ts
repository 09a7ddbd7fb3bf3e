import { describe, expect, it } from "vitest";
import {
  CypherEngine,
  cypherTypeOf,
  isNodeValue,
  isPathValue,
  isRelationshipValue,
  toPlain,
} from "../../../server/cypher/index.ts";

describe("result values", () => {
  const e = new CypherEngine();
  e.run("CREATE (:A {name: 'a', f: 2.5})-[:T {w: 1}]->(:B)");

  it("exposes integers as bigint and floats as number", () => {
    const [[i, f]] = e.run("RETURN 1, 1.0").rows;
    expect(cypherTypeOf(i)).toBe("INTEGER");
    expect(cypherTypeOf(f)).toBe("FLOAT");
  });

  it("exposes nodes, relationships and paths as tagged instances", () => {
    const [[n, r, p]] = e.run("MATCH p = (n:A)-[r]->() RETURN n, r, p").rows;
    expect(isNodeValue(n) && n.labels).toEqual(["A"]);
    expect(isRelationshipValue(r) && r.type).toBe("T");
    expect(isPathValue(p) && p.relationships[0].start).toBe(isNodeValue(n) && n.id);
  });

  it("does not mistake a user map for a node", () => {
    const [[m]] = e.run("RETURN {kind: 'node'} AS m").rows;
    expect(cypherTypeOf(m)).toBe("MAP");
  });

  it("converts to JSON-safe plain data", () => {
    const [[n, big]] = e.run("MATCH (n:A) RETURN n, 9007199254740993").rows;
    expect(toPlain(n)).toMatchObject({ kind: "node", labels: ["A"], properties: { name: "a", f: 2.5 } });
    expect(toPlain(big)).toBe("9007199254740993");
    expect(JSON.stringify(toPlain(e.run("RETURN [1, 2.5, null]").rows))).toBe("[[[1,2.5,null]]]");
  });
});
