import { describe, expect, it } from "vitest";
import { tokenize } from "../../../server/cypher/lexer.ts";
import { CypherError } from "../../../server/cypher/index.ts";

describe("lexer", () => {
  it("keeps integer literals exact as bigint and floats as numbers", () => {
    const toks = tokenize("4611686018427387905 1.5 0x1F 1e3");
    expect(toks.map((t) => [t.kind, t.value])).toEqual([
      ["int", 4611686018427387905n],
      ["float", 1.5],
      ["int", 31n],
      ["float", 1000],
      ["eof", undefined],
    ]);
  });

  it("reads a range `1..3` as two integers around `..`", () => {
    expect(tokenize("*1..3").map((t) => t.text)).toEqual(["*", "1", "..", "3", ""]);
  });

  it("decodes string escapes and quoted identifiers", () => {
    const toks = tokenize("'a\\'b\\n' `weird name`");
    expect(toks[0].value).toBe("a'b\n");
    expect(toks[1]).toMatchObject({ kind: "id", text: "weird name", quoted: true });
  });

  it("skips line and block comments", () => {
    expect(tokenize("RETURN /* x */ 1 // y").map((t) => t.text)).toEqual(["RETURN", "1", ""]);
  });

  it("reports an unexpected character with line and column", () => {
    try {
      tokenize("RETURN\n  1 — 2");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CypherError);
      expect((e as CypherError).position).toMatchObject({ line: 2, column: 5 });
    }
  });
});
