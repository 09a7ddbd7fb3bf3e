// The generated Cypher files under cypher/ are committed; they must match what the generator
// writes from the current vocabularies, and split into the statements the loaders expect.
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GENERATED } from "../../scripts/gen-load-cypher.ts";
import { splitStatements, readStatements, CYPHER_DIR } from "../../server/store/cypherFiles.ts";
import { NODE_LABELS, RELATION_TYPE_NAMES } from "../../graph-data/schema/index.ts";

describe("generated Cypher files", () => {
  for (const [path, make] of Object.entries(GENERATED)) {
    it(`cypher/${path} is up to date (run: npx tsx scripts/gen-load-cypher.ts)`, () => {
      expect(readFileSync(join(CYPHER_DIR, path), "utf8")).toBe(make());
    });
  }

  it("has one MERGE statement per node label (entity types and Document) and per relationship type (and MENTIONS)", () => {
    expect(readStatements("load/2-nodes.cypher")).toHaveLength(NODE_LABELS.length);
    expect(readStatements("load/3-relationships.cypher")).toHaveLength(RELATION_TYPE_NAMES.length + 1);
    expect(readStatements("schema/constraints.cypher")).toHaveLength(NODE_LABELS.length * 2 + 1);
    expect(readStatements("load/1-prune-nodes.cypher")).toHaveLength(1);
    expect(readStatements("load/4-prune-relationships.cypher")).toHaveLength(1);
  });
});

describe("splitStatements", () => {
  it("splits on semicolons at line ends and drops comment lines", () => {
    const text = "// header\nMATCH (n)\nRETURN n;\n\n// two\nRETURN 'a;b' AS x;\nRETURN 1";
    expect(splitStatements(text)).toEqual(["MATCH (n)\nRETURN n", "RETURN 'a;b' AS x", "RETURN 1"]);
  });

  it("handles CRLF files", () => {
    expect(splitStatements("RETURN 1;\r\nRETURN 2;\r\n")).toEqual(["RETURN 1", "RETURN 2"]);
  });
});
