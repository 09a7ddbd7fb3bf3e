// Compile-time type knowledge: what each variable is known to hold, inference of expression types,
// and the argument types the catalog's functions accept (to reject e.g. `type(n)` on a node before running).
import type { Expr } from "../ast.ts";
import { BUILTINS } from "../catalog/builtins.ts";
import type { VType } from "../catalog/types.ts";

export type { VType };
export type Scope = Map<string, VType>;

export function inferType(e: Expr, scope: Scope): VType {
  switch (e.k) {
    case "lit":
      if (e.v === null) return "null";
      switch (typeof e.v) {
        case "bigint":
          return "int";
        case "number":
          return "float";
        case "string":
          return "string";
        case "boolean":
          return "bool";
      }
      return "any";
    case "var":
      return scope.get(e.name) ?? "any";
    case "list":
    case "listcomp":
    case "patcomp":
    case "collectsub":
      return "list";
    case "countsub":
      return "int";
    case "map":
    case "mapproj":
      return "map";
    case "not":
    case "isnull":
    case "istype":
    case "quant":
    case "patpred":
    case "exists":
    case "haslabels":
      return "bool";
    case "bin":
      if (e.op === "||") {
        const l = inferType(e.l, scope);
        return l === "string" || l === "list" ? l : inferType(e.r, scope) === "list" ? "list" : "any";
      }
      if (["+", "-", "*", "/", "%"].includes(e.op)) {
        const l = inferType(e.l, scope),
          r = inferType(e.r, scope);
        if (l === "int" && r === "int") return "int";
        if ((l === "int" || l === "float") && (r === "int" || r === "float")) return "float";
        if (l === "string" && r === "string" && e.op === "+") return "string";
        if ((l === "list" || r === "list") && e.op === "+") return "list";
        return "any";
      }
      if (
        [
          "AND",
          "OR",
          "XOR",
          "=",
          "<>",
          "<",
          ">",
          "<=",
          ">=",
          "STARTS WITH",
          "ENDS WITH",
          "CONTAINS",
          "=~",
          "IN",
        ].includes(e.op)
      )
        return "bool";
      return "any";
    case "call":
      // coalesce of arguments that share one known type has that type (Neo4j infers it too)
      if (e.name === "coalesce") return common(e.args.map((a) => inferType(a, scope)));
      return (BUILTINS.function(e.name) ?? BUILTINS.aggregate(e.name))?.returns ?? "any";
    case "case":
      // a missing ELSE is null, which any type admits
      return common([...e.whens.map(([, t]) => inferType(t, scope)), ...(e.els ? [inferType(e.els, scope)] : [])]);
  }
  return "any";
}

/** The one known type shared by all (nulls aside), else "any". */
function common(types: VType[]): VType {
  const known = new Set(types.filter((t) => t !== "null"));
  return known.size === 1 ? [...known][0]! : "any";
}

export function argTypeOk(fn: string, t: VType): boolean {
  const allowed = BUILTINS.function(fn)?.argTypes;
  return !allowed || t === "any" || t === "null" || allowed.includes(t) || (t === "rels" && allowed.includes("list"));
}

/** Types on which `.prop` can never succeed. */
export const NO_PROPERTIES: VType[] = ["int", "float", "string", "bool", "list", "rels", "path"];
