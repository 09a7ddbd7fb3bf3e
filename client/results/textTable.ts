// The text view of a Cypher answer, as Neo4j Browser's "Text" frame: an ASCII table with
// columns as wide as their widest cell up to a cap, longer cells cut with an ellipsis.
import { valueText } from "./cypherValues.ts";

const MAX_CELL = 60;

const fit = (s: string): string => (s.length > MAX_CELL ? `${s.slice(0, MAX_CELL - 1)}…` : s);

export function textTable(columns: readonly string[], rows: readonly unknown[][], maxRows = Infinity): string {
  const shown = rows.slice(0, maxRows).map((r) => columns.map((_c, i) => fit(valueText(r[i]).replace(/\s+/g, " "))));
  const widths = columns.map((c, i) => Math.max(fit(c).length, ...shown.map((r) => r[i]!.length)));
  const rule = `+${widths.map((w) => "-".repeat(w + 2)).join("+")}+`;
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  const body = shown.map(line);
  return [rule, line(columns.map(fit)), rule, ...body, ...(body.length ? [rule] : [])].join("\n");
}
