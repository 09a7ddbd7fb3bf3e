// The || operator on strings and lists: every expected value is the answer of the real Neo4j 5.26 to the same expression
// (asked through neo4j-driver), so these tests hold the engine to Neo4j's behaviour, not to our reading of it.
import { agreesWithNeo4j } from "../neo4j-answers.ts";

agreesWithNeo4j(
  "the || operator",
  [
    ["'a' || 'b'", "ab"],
    ["'a' || null", null],
    ["[1] || [2, 3]", [1n, 2n, 3n]],
    ["'a' || 'b' + 'c' || 'd'", "abcd"],
    ["[] || []", []],
  ],
  ["'a' || 1", "[1] || 2", "1 || 2"],
);
