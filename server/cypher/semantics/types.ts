// Compile-time type knowledge: what each variable is known to hold, inference of expression types,
// and the argument types functions accept (used to reject e.g. `type(n)` on a node before running).
import type { Expr } from "../ast.ts";

export type VType =
  "node" | "rel" | "rels" | "path" | "list" | "map" | "int" | "float" | "string" | "bool" | "null" | "any";
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
      return "list";
    case "map":
    case "mapproj":
      return "map";
    case "not":
    case "isnull":
    case "quant":
    case "patpred":
    case "exists":
    case "haslabels":
      return "bool";
    case "bin":
      if (["+", "-", "*", "/", "%"].includes(e.op)) {
        const l = inferType(e.l, scope),
          r = inferType(e.r, scope);
        if (l === "int" && r === "int") return "int";
        if ((l === "int" || l === "float") && (r === "int" || r === "float")) return "float";
        if (l === "string" && r === "string" && e.op === "+") return "string";
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
      if (e.name === "startnode" || e.name === "endnode") return "node";
      if (["labels", "keys", "nodes", "relationships", "collect", "range", "tail", "split"].includes(e.name))
        return "list";
      if (
        [
          "type",
          "tostring",
          "tolower",
          "toupper",
          "trim",
          "ltrim",
          "rtrim",
          "substring",
          "replace",
          "left",
          "right",
          "elementid",
        ].includes(e.name)
      )
        return "string";
      if (["count", "id", "size", "length"].includes(e.name)) return "int";
      return "any";
  }
  return "any";
}

/** Types each function argument may have (position 0 unless stated); absent = anything. */
const ARG_TYPES: Record<string, VType[]> = {
  type: ["rel"],
  labels: ["node"],
  properties: ["node", "rel", "map"],
  keys: ["node", "rel", "map"],
  startnode: ["rel"],
  endnode: ["rel"],
  nodes: ["path"],
  relationships: ["path"],
  length: ["path", "string", "list"],
  id: ["node", "rel"],
  elementid: ["node", "rel"],
  size: ["list", "string", "rels"],
};

export function argTypeOk(fn: string, t: VType): boolean {
  const allowed = ARG_TYPES[fn];
  return !allowed || t === "any" || t === "null" || allowed.includes(t) || (t === "rels" && allowed.includes("list"));
}

/** Types on which `.prop` can never succeed. */
export const NO_PROPERTIES: VType[] = ["int", "float", "string", "bool", "list", "rels", "path"];
