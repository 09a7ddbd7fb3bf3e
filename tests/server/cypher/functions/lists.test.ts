// range() counts its elements as Neo4j does. Expected values are the real Neo4j 5.26's answers
// (found by the differential test, tests/differential/).
import { describe, expect, it } from "vitest";
import { engineWith, rows } from "../helpers.ts";

describe("range", () => {
  it("has (end - start) / step + 1 elements, the division truncated toward zero", () => {
    // Neo4j: range(1, 0, 2) = [1], range(2, 1, 2) = [2], range(1, 0) = [], range(0, -3, 2) = [],
    // range(0, 3, -1) = [], range(0, 10, 3) = [0, 3, 6, 9], range(10, 0, -3) = [10, 7, 4, 1]
    expect(
      rows(
        engineWith(),
        "RETURN range(1, 0, 2), range(2, 1, 2), range(1, 0), range(0, -3, 2), range(0, 3, -1), range(0, 10, 3), range(10, 0, -3)",
      ),
    ).toEqual([[[1], [2], [], [], [], [0, 3, 6, 9], [10, 7, 4, 1]]]);
  });
});
