import { describe, expect, it } from "vitest";
import { parseQuery } from "../../../server/cypher/parser/index.ts";
import { isDeterministic } from "../../../server/cypher/purity.ts";

const deterministic = (q: string) => isDeterministic(parseQuery(q));

describe("isDeterministic", () => {
  it("accepts queries that call only pure functions", () => {
    expect(deterministic("MATCH (n) RETURN toUpper(n.name) AS x, size(range(1, 3)) AS y")).toBe(true);
  });

  it("refuses queries that call rand(), randomUUID() or read the clock, at any depth and in any case", () => {
    expect(deterministic("RETURN RAND() AS r")).toBe(false);
    expect(deterministic("RETURN [x IN range(1, 3) | randomUUID()] AS r")).toBe(false);
    expect(deterministic("MATCH (n) WHERE n.year < date().year RETURN n")).toBe(false);
    expect(deterministic("RETURN datetime.realtime() AS t")).toBe(false);
    expect(deterministic("WITH 1 AS x RETURN timestamp() AS t")).toBe(false);
  });

  it("reads calls from the AST, not the text: a name inside a string or a property is not a call", () => {
    expect(deterministic("RETURN 'rand()' AS r, {timestamp: 1}.timestamp AS t")).toBe(true);
  });
});
