// Evaluates a label expression against a node's labels, or against a relationship's type (a
// relationship has exactly one type, so `A&B` never matches one and `%` always does).
import type { LabelExpr } from "../ast.ts";

export function labelsMatch(e: LabelExpr, has: (name: string) => boolean, any: boolean): boolean {
  switch (e.k) {
    case "name":
      return has(e.name);
    case "any":
      return any;
    case "not":
      return !labelsMatch(e.e, has, any);
    case "and":
      return labelsMatch(e.l, has, any) && labelsMatch(e.r, has, any);
    case "or":
      return labelsMatch(e.l, has, any) || labelsMatch(e.r, has, any);
  }
}

export const nodeLabelsMatch = (e: LabelExpr, labels: string[]) =>
  labelsMatch(e, (n) => labels.includes(n), labels.length > 0);
export const relTypeMatches = (e: LabelExpr, type: string) => labelsMatch(e, (n) => n === type, true);
