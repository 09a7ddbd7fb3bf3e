// Names each compiled clause after the Neo4j operator closest to what it runs (a MATCH after the
// way its first pattern is entered), so EXPLAIN / PROFILE read like Neo4j's plans.
import type { Clause } from "../ast.ts";
import { chooseStart, conjuncts } from "../planner.ts";
import { containsAggregate } from "../exprs.ts";

const START_OPERATOR = { bound: "Argument", index: "NodeIndexSeek", label: "NodeByLabelScan", all: "AllNodesScan" };

function matchOperator(c: Clause & { k: "match" }, bound: Set<string>): string {
  const p = c.patterns[0];
  if (p.shortest) return p.shortest === "all" ? "AllShortestPaths" : "ShortestPath";
  const base = p.rels.length
    ? p.rels.some((r) => r.varLen)
      ? "VarLengthExpand(All)"
      : "Expand(All)"
    : START_OPERATOR[chooseStart(p, conjuncts(c.where), bound).plan.k];
  return c.optional ? `Optional${base === "Argument" ? "" : base}` : base;
}

export function clauseOperator(c: Clause, bound: Set<string>): string {
  switch (c.k) {
    case "match":
      return matchOperator(c, bound);
    case "unwind":
      return "Unwind";
    case "with":
    case "return": {
      const p = c.proj;
      if (p.items.some((i) => containsAggregate(i.e))) return "EagerAggregation";
      if (p.distinct) return "Distinct";
      if (p.order) return p.limit ? "Top" : "Sort";
      if (p.limit) return "Limit";
      if (p.skip) return "Skip";
      return c.k === "with" && c.where ? "Filter" : "Projection";
    }
    case "create":
      return "Create";
    case "merge":
      return "Merge";
    case "set":
      return "SetProperty";
    case "remove":
      return "Remove";
    case "delete":
      return c.detach ? "DetachDelete" : "Delete";
    case "subquery":
      return c.optional ? "OptionalApply" : "Apply";
    case "procedure":
      return c.show ? (c.show === "procedures" ? "ShowProcedures" : "ShowFunctions") : "ProcedureCall";
  }
}
