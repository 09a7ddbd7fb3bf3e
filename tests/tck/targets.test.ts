import { describe, expect, it } from "vitest";
import { isReadOnlyQuery, isTargetFolder } from "./targets.ts";

describe("core selection", () => {
  it("treats any updating clause as a write, whatever the case", () => {
    for (const q of [
      "CREATE (n)",
      "MATCH (n) detach delete n",
      "MERGE (a:A)",
      "MATCH (n) SET n.x = 1",
      "MATCH (n) REMOVE n:A",
    ]) {
      expect(isReadOnlyQuery(q), q).toBe(false);
    }
  });

  it("ignores keywords inside strings, quoted names and comments, and property names that contain them", () => {
    for (const q of [
      "RETURN 'CREATE' AS s",
      "MATCH (n) RETURN n.`set` // DELETE",
      "MATCH (n) RETURN n.created, n.offset",
      "RETURN /* MERGE */ 1",
    ]) {
      expect(isReadOnlyQuery(q), q).toBe(true);
    }
  });

  it("targets the listed clause folders and every expressions folder, temporal included", () => {
    expect(isTargetFolder("clauses/with-orderBy")).toBe(true);
    expect(isTargetFolder("clauses/create")).toBe(false);
    expect(isTargetFolder("expressions/list")).toBe(true);
    expect(isTargetFolder("expressions/temporal")).toBe(true);
    expect(isTargetFolder("useCases/triadicSelection")).toBe(false);
  });
});
