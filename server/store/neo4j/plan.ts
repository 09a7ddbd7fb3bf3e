// The plan Neo4j returns for EXPLAIN / PROFILE (the result summary's plan or profile), in the shape
// the embedded engine gives its own plans (`PlanDescription`): operator without Neo4j's
// `@neo4j` runtime suffix, the `Details` argument, identifiers, children, rows under PROFILE.
import neo4j from "neo4j-driver";
import type { PlanDescription } from "../../cypher/index.ts";

interface DriverPlan {
  operatorType: string;
  identifiers: string[];
  arguments: Record<string, unknown>;
  children: DriverPlan[];
  rows?: unknown;
}

const count = (v: unknown): number | undefined =>
  typeof v === "number" ? v : neo4j.isInt(v as never) ? (v as { toNumber(): number }).toNumber() : undefined;

export function planOf(p: DriverPlan, profiled: boolean): PlanDescription {
  const details = p.arguments?.Details;
  const d: PlanDescription = {
    operator: p.operatorType.replace(/@.*$/, ""),
    details: typeof details === "string" ? details : "",
    identifiers: [...p.identifiers],
    children: p.children.map((c) => planOf(c, profiled)),
  };
  const rows = profiled ? count(p.rows) : undefined;
  if (rows !== undefined) d.rows = rows;
  return d;
}

/** The plan of a result summary, when the query asked for one. */
export function summaryPlan(summary: { plan: unknown; profile: unknown }): PlanDescription | undefined {
  if (summary.profile) return planOf(summary.profile as DriverPlan, true);
  if (summary.plan) return planOf(summary.plan as DriverPlan, false);
  return undefined;
}
