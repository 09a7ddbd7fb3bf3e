// round() halves as Neo4j rounds them. Expected values are the real Neo4j 5.26's answers (found
// by the differential test, tests/differential/).
import { describe, expect, it } from "vitest";
import { engineWith, rows } from "../helpers.ts";

describe("round", () => {
  it("rounds halves up (toward +infinity) without a precision", () => {
    // Neo4j: round(-1.5) = -1.0, round(-2.5) = -2.0, round(2.5) = 3.0, round(-0.5) = -0.0
    const [[a, b, c, d]] = rows(engineWith(), "RETURN round(-1.5), round(-2.5), round(2.5), round(-0.5)");
    expect([a, b, c, Math.abs(d as number)]).toEqual([-1, -2, 3, 0]);
  });

  it("rounds halves up with precision 0 too, and away from zero with a precision", () => {
    // Neo4j: round(-2.5, 0) = -2.0, round(-1.25, 1) = -1.3, round(1.25, 1) = 1.3
    expect(rows(engineWith(), "RETURN round(-2.5, 0), round(-1.25, 1), round(1.25, 1)")).toEqual([[-2, -1.3, 1.3]]);
  });
});

describe("number parsing in toInteger and toFloat", () => {
  it("parses decimal notation (and toFloat Java's Infinity), with surrounding spaces allowed by toFloat alone", () => {
    // Neo4j: toInteger(' 7') null, toInteger('3.9') 3, toInteger('1e2') 100, toInteger('0x10') null,
    // toFloat(' 3.5') 3.5, toFloat('0x10') null, toFloat('.5') 0.5; toFloat('Infinity') is Infinity, as
    // Java's Double.parseDouble reads it (Neo4j: toFloat('Infinity') = 1.0/0.0 is true; JSON shows it as null)
    expect(
      rows(
        engineWith(),
        "RETURN toInteger(' 7'), toInteger('3.9'), toInteger('1e2'), toInteger('0x10'), toFloat(' 3.5'), toFloat('0x10'), toFloat('Infinity'), toFloat('.5')",
      ),
    ).toEqual([[null, 3, 100, null, 3.5, null, Infinity, 0.5]]);
  });
});

describe("negative zero in text", () => {
  it("is written -0.0, as Neo4j writes it", () => {
    // Neo4j: toString(-7.125 * 0) = '-0.0', toString(0.0) = '0.0', -0.0 + '' = '-0.0'
    expect(rows(engineWith(), "RETURN toString(-7.125 * 0), toString(0.0), -0.0 + ''")).toEqual([
      ["-0.0", "0.0", "-0.0"],
    ]);
  });
});
