// The shape of the suites checked against Neo4j: expressions with the value the real Neo4j 5.26 returned for
// each, and expressions Neo4j rejects; the engine must give the same value or fail with a typed error.
import { describe, expect, it } from "vitest";
import { CypherError } from "../../../server/cypher/index.ts";
import { engineWith } from "./helpers.ts";

const engine = engineWith();
const value = (expr: string) => engine.run(`RETURN ${expr} AS v`).rows[0][0];

export function agreesWithNeo4j(suite: string, answers: [string, unknown][], failures: string[]): void {
  describe(suite, () => {
    it.each(answers)("%s gives what Neo4j gives", (expr, expected) => {
      expect(value(expr)).toEqual(expected);
    });

    it.each(failures)("%s fails with a typed error, as in Neo4j", (expr) => {
      expect(() => value(expr)).toThrow(CypherError);
    });
  });
}
