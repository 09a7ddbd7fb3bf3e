// Decides whether the two engines agree on one query. Results are bags of rows, or sequences
// where ORDER BY fixes them (up to ties); errors agree when both engines fail. Everything Neo4j
// leaves unspecified is set aside by one of the named RULES below (listed in CONTRACT.md).
import { canonText, type Canon } from "./normalize.ts";
import type { GeneratedQuery } from "./generator/queries.ts";

export const RULES = {
  "row-order": "without ORDER BY, rows are compared as a bag",
  "order-ties": "with ORDER BY, rows with equal sort keys may come in any order",
  "limit-ties":
    "with ORDER BY and SKIP/LIMIT, which rows of a tie group cut by SKIP/LIMIT are kept is unspecified: those rows are compared on their sort keys only",
  "limit-without-order": "SKIP/LIMIT without ORDER BY keep unspecified rows: only the row count is compared",
  "collect-order": "the element order inside collect() (without ordering) is unspecified: compared as a bag",
  "any-shortest": "shortestPath returns one of the shortest paths: compared by length and endpoints",
  "float-precision": "floats are compared to 12 significant digits (aggregates may add in another order)",
  "label-order": "a node's labels are compared as a set",
  "error-class": "two failures agree whatever their messages; a differing class (compile vs runtime) is reported apart",
  budget:
    "a query that exceeds either engine's time, row or size budget (or meets a transient Neo4j error) is not compared",
} as const;
export type RuleName = keyof typeof RULES;

export type Outcome =
  | { ok: true; columns: string[]; rows: Canon[][] }
  | { ok: false; errorClass: "compile" | "runtime" | "timeout"; code: string; message: string };

export type Verdict =
  { agree: true; note?: "both-failed" | "error-class" | "budget" } | { agree: false; reason: string };

function cell(c: Canon, kind: GeneratedQuery["columns"][number]["kind"]): string {
  if (c === null) return "null";
  if (kind === "bag" && Array.isArray(c)) return canonText(c.map(canonText).sort() as Canon);
  if (kind === "anyShortest" && typeof c === "object" && !Array.isArray(c) && "path" in c) {
    const steps = c.path as Canon[];
    return canonText({ shortest: [steps[0]!, steps[steps.length - 1]!, String((steps.length - 1) / 2)] });
  }
  return canonText(c);
}

const bagKey = (rows: string[][]) => rows.map((r) => JSON.stringify(r)).sort();
const sameBag = (a: string[][], b: string[][]) => JSON.stringify(bagKey(a)) === JSON.stringify(bagKey(b));

/** Consecutive runs of rows with the same sort key. */
function tieGroups(rows: string[][], keys: number[]): { key: string; rows: string[][] }[] {
  const groups: { key: string; rows: string[][] }[] = [];
  for (const row of rows) {
    const key = JSON.stringify(keys.map((k) => row[k]));
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.rows.push(row);
    else groups.push({ key, rows: [row] });
  }
  return groups;
}

function compareRows(q: GeneratedQuery, a: string[][], b: string[][]): string | undefined {
  if (a.length !== b.length) return `row counts differ: ${a.length} vs ${b.length}`;
  if (!q.orderBy) {
    if (q.limited) return undefined; // limit-without-order
    return sameBag(a, b) ? undefined : "rows differ (as bags)";
  }
  const ga = tieGroups(a, q.orderBy),
    gb = tieGroups(b, q.orderBy);
  if (ga.map((g) => g.key).join("\n") !== gb.map((g) => g.key).join("\n")) return "sort keys differ in order";
  for (let i = 0; i < ga.length; i++) {
    const boundary = q.limited && (i === 0 || i === ga.length - 1);
    if (boundary) {
      if (ga[i]!.rows.length !== gb[i]!.rows.length) return "tie group sizes differ";
      continue; // limit-ties
    }
    if (!sameBag(ga[i]!.rows, gb[i]!.rows)) return `rows differ within the tie group ${ga[i]!.key}`;
  }
  return undefined;
}

export function compareOutcomes(q: GeneratedQuery, neo: Outcome, emb: Outcome): Verdict {
  if (!emb.ok && emb.code === "crash") return { agree: false, reason: "the embedded engine crashed" };
  if ((!neo.ok && neo.errorClass === "timeout") || (!emb.ok && emb.errorClass === "timeout"))
    return { agree: true, note: "budget" };
  if (!neo.ok || !emb.ok) {
    if (neo.ok) return { agree: false, reason: "only the embedded engine failed" };
    if (emb.ok) return { agree: false, reason: "only Neo4j failed" };
    return { agree: true, note: neo.errorClass === emb.errorClass ? "both-failed" : "error-class" };
  }
  if (neo.columns.join("\u0000") !== emb.columns.join("\u0000")) return { agree: false, reason: "columns differ" };
  const text = (rows: Canon[][]) => rows.map((r) => r.map((c, i) => cell(c, q.columns[i]?.kind ?? "value")));
  const diff = compareRows(q, text(neo.rows), text(emb.rows));
  return diff ? { agree: false, reason: diff } : { agree: true };
}
