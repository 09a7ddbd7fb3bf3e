import { describe, expect, it } from "vitest";
import { parseFeature } from "./gherkin.ts";

const SOURCE = [
  "Feature: F",
  "  Background:",
  "    Given an empty graph",
  "",
  "  Scenario: [1] plain",
  "    When executing query:",
  '      """',
  "      RETURN 1",
  '      """',
  "    Then the result should be, in any order:",
  "      | 'a\\|b' | '\\\\' |",
  "",
  "  Scenario Outline: [2] outline <v>",
  "    When executing query:",
  '      """',
  "      RETURN <v> AS v",
  '      """',
  "    Then the result should be empty",
  "    Examples:",
  "      | v |",
  "      | 1 |",
  "      | 2 |",
  "    Examples:",
  "      | v |",
  "      | 3 |",
].join("\r\n");

describe("feature loading", () => {
  const cases = parseFeature(SOURCE, "clauses/x/F.feature");

  it("expands outlines across all Examples tables with stable keys", () => {
    expect(cases.map((c) => c.key)).toEqual([
      "clauses/x/F.feature :: [1] plain :: #-1",
      "clauses/x/F.feature :: [2] outline <v> :: #0",
      "clauses/x/F.feature :: [2] outline <v> :: #1",
      "clauses/x/F.feature :: [2] outline <v> :: #2",
    ]);
    expect(cases[3]!.steps[1]!.docString).toBe("RETURN 3 AS v");
    expect(cases.every((c) => c.folder === "clauses/x")).toBe(true);
  });

  it("prepends Background steps, strips CR and resolves table escapes", () => {
    expect(cases[0]!.steps.map((s) => s.text)).toEqual([
      "an empty graph",
      "executing query:",
      "the result should be, in any order:",
    ]);
    expect(cases[0]!.steps[1]!.docString).toBe("RETURN 1");
    expect(cases[0]!.steps[2]!.table).toEqual([["'a|b'", "'\\'"]]);
  });
});
