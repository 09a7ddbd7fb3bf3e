// Counts the cells of plain result values as they arrive (a list item, a map entry, 8 string
// characters; the same unit as the embedded engine's size budget), so a store that receives
// rows from elsewhere (Neo4j) bounds what it holds and sends: past `maxCells` the query fails
// with MemoryLimitExceeded, past MAX_RESULT_DEPTH levels of nesting with a CypherError.
import { CypherQueryError } from "../errors.ts";

export const MAX_RESULT_DEPTH = 64;
const STRING_CELL = 8;

export class ResultSize {
  private cells = 0;

  constructor(private readonly maxCells = Infinity) {}

  /** Adds one row; throws once the rows so far hold more than maxCells or nest too deeply. */
  add(row: readonly unknown[]): void {
    const stack: [unknown, number][] = row.map((v) => [v, 1]);
    while (stack.length) {
      const [v, depth] = stack.pop()!;
      this.cells += 1;
      if (typeof v === "string") this.cells += Math.floor(v.length / STRING_CELL);
      if (this.cells > this.maxCells)
        throw new CypherQueryError(
          "MemoryLimitExceeded",
          `The query result exceeded the size limit of ${this.maxCells} cells`,
          {
            cypherCode: "SizeLimitExceeded",
          },
        );
      if (typeof v !== "object" || v === null) continue;
      if (depth > MAX_RESULT_DEPTH)
        throw new CypherQueryError("CypherError", `A result value nests deeper than ${MAX_RESULT_DEPTH} levels`, {
          cypherCode: "NestingLimitExceeded",
        });
      for (const x of Array.isArray(v) ? v : Object.values(v)) stack.push([x, depth + 1]);
    }
  }
}
