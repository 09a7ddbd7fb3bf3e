// Typed AST produced by the parser and consumed by semantics/planner/executor.
// Every node carries `pos` (source offset) so later phases can report line/column.
import type { ProcedureDescriptor } from "./catalog/types.ts";
import type { Value } from "./values.ts";

export type Expr =
  | { k: "lit"; v: Value; pos: number }
  | { k: "param"; name: string; pos: number }
  | { k: "var"; name: string; pos: number }
  | { k: "prop"; obj: Expr; key: string; pos: number }
  | { k: "index"; obj: Expr; idx: Expr; pos: number }
  | { k: "slice"; obj: Expr; from?: Expr; to?: Expr; pos: number }
  | { k: "bin"; op: BinOp; l: Expr; r: Expr; pos: number }
  | { k: "not"; e: Expr; pos: number }
  | { k: "neg"; e: Expr; pos: number }
  | { k: "isnull"; e: Expr; negated: boolean; pos: number }
  | { k: "list"; items: Expr[]; pos: number }
  | { k: "map"; entries: [string, Expr][]; pos: number }
  | { k: "call"; name: string; args: Expr[]; distinct: boolean; star: boolean; pos: number }
  | { k: "case"; test?: Expr; whens: [Expr, Expr][]; els?: Expr; pos: number }
  | { k: "listcomp"; v: string; list: Expr; where?: Expr; proj?: Expr; pos: number }
  | { k: "quant"; q: "all" | "any" | "none" | "single"; v: string; list: Expr; where?: Expr; pos: number }
  | { k: "reduce"; acc: string; init: Expr; v: string; list: Expr; expr: Expr; pos: number }
  | { k: "patcomp"; pattern: PathPattern; where?: Expr; proj: Expr; pos: number }
  | { k: "patpred"; pattern: PathPattern; pos: number }
  | { k: "exists"; patterns: PathPattern[]; where?: Expr; query?: Query; pos: number }
  | { k: "countsub"; patterns: PathPattern[]; where?: Expr; query?: Query; pos: number }
  | { k: "collectsub"; query: Query; pos: number }
  | { k: "mapproj"; v: string; items: MapProjItem[]; pos: number }
  | { k: "haslabels"; e: Expr; labels: string[]; labelExpr?: LabelExpr; pos: number }
  /** `e IS [NOT] :: type` (also `e :: type`). */
  | { k: "istype"; e: Expr; type: TypeSpec; negated: boolean; pos: number };

/** A type of a type predicate: a normalised name (`INTEGER`, `LIST` with its element type, ...) or a union. */
export type TypeSpec =
  { k: "base"; name: string; notNull: boolean; inner?: TypeSpec } | { k: "union"; alts: TypeSpec[] };

export type BinOp =
  | "+"
  | "||"
  | "-"
  | "*"
  | "/"
  | "%"
  | "^"
  | "="
  | "<>"
  | "<"
  | ">"
  | "<="
  | ">="
  | "AND"
  | "OR"
  | "XOR"
  | "STARTS WITH"
  | "ENDS WITH"
  | "CONTAINS"
  | "=~"
  | "IN";

export type MapProjItem =
  { k: "prop"; key: string } | { k: "all" } | { k: "var"; name: string } | { k: "lit"; key: string; e: Expr };

/** A label expression: names combined with `&`, `|`, `!` and `%` (any label / any type). */
export type LabelExpr =
  | { k: "name"; name: string }
  | { k: "any" }
  | { k: "not"; e: LabelExpr }
  | { k: "and" | "or"; l: LabelExpr; r: LabelExpr };

export interface NodePattern {
  v?: string;
  /** Labels the node must all have; empty when `labelExpr` says something a name list cannot. */
  labels: string[];
  labelExpr?: LabelExpr;
  props?: Expr;
  /** `(n WHERE ...)`: moved into the enclosing MATCH's WHERE by the parser. */
  where?: Expr;
  pos: number;
}
export interface RelPattern {
  v?: string;
  /** Types the relationship may have (any of them); empty when `typeExpr` says more. */
  types: string[];
  typeExpr?: LabelExpr;
  props?: Expr;
  /** `-[r WHERE ...]->`: moved into the enclosing MATCH's WHERE by the parser. */
  where?: Expr;
  /**
   * Set when this variable-length relationship is a quantified group `((x)-[r]->(y) WHERE ...){m,n}`:
   * the group's node patterns and WHERE hold at every hop; x and y become lists (group variables).
   */
  group?: { from: NodePattern; to: NodePattern; where?: Expr };
  dir: "out" | "in" | "both";
  varLen?: { min?: number; max?: number };
  pos: number;
}
export interface PathPattern {
  v?: string;
  shortest?: "shortest" | "all";
  /**
   * Neo4j 5 selectors (`SHORTEST k [GROUPS]`, `ANY [SHORTEST]`, `ALL SHORTEST`): paths (or lengths) to
   * keep per pair of end nodes. Unlike shortestPath(), a path may return to its start node.
   */
  selector?: { k: number; groups: boolean };
  nodes: NodePattern[];
  rels: RelPattern[];
  pos: number;
}

export interface ProjItem {
  e: Expr;
  alias?: string;
  text: string;
  pos: number;
}
export interface OrderItem {
  e: Expr;
  desc: boolean;
}
export interface Projection {
  distinct: boolean;
  star: boolean;
  items: ProjItem[];
  order?: OrderItem[];
  skip?: Expr;
  limit?: Expr;
  pos: number;
}

export type SetItem =
  | { k: "prop"; target: Expr & { k: "prop" }; value: Expr }
  | { k: "all"; v: string; value: Expr; merge: boolean; pos: number }
  | { k: "labels"; v: string; labels: string[]; pos: number };
export type RemoveItem =
  { k: "prop"; target: Expr & { k: "prop" } } | { k: "labels"; v: string; labels: string[]; pos: number };

/** Every clause also records where its text ends (`end`), for plan descriptions. */
export type Clause = ClauseBody & { end?: number };
type ClauseBody =
  | { k: "match"; optional: boolean; patterns: PathPattern[]; where?: Expr; pos: number }
  | { k: "unwind"; e: Expr; v: string; pos: number }
  | { k: "with"; proj: Projection; where?: Expr; pos: number }
  | { k: "return"; proj: Projection; pos: number }
  | { k: "create"; patterns: PathPattern[]; pos: number }
  | { k: "merge"; pattern: PathPattern; onCreate: SetItem[]; onMatch: SetItem[]; pos: number }
  | { k: "set"; items: SetItem[]; pos: number }
  | { k: "remove"; items: RemoveItem[]; pos: number }
  | { k: "delete"; detach: boolean; exprs: Expr[]; pos: number }
  | ProcedureCall
  /** `[OPTIONAL] CALL [(vars) | (*)] { query }`; `importing` absent: variables come in by a leading WITH. */
  | { k: "subquery"; query: Query; importing?: string[] | "*"; optional: boolean; pos: number };

export interface YieldItem {
  name: string;
  alias?: string;
  pos: number;
}
/**
 * `CALL name(args) [YIELD ...] [WHERE ...]`, or `SHOW PROCEDURES|FUNCTIONS [YIELD ...] [WHERE ...]`
 * (`show`). `args` is absent for `CALL name` without parentheses (arguments from parameters).
 * The semantic pass binds `proc` to the catalog's descriptor.
 */
export interface ProcedureCall {
  k: "procedure";
  name: string;
  args?: Expr[];
  yields?: YieldItem[];
  yieldStar: boolean;
  where?: Expr;
  show?: "procedures" | "functions";
  proc?: ProcedureDescriptor & { defaultOutputs?: string[] };
  pos: number;
}

export interface SingleQuery {
  clauses: Clause[];
  pos: number;
}
export interface Query {
  parts: SingleQuery[];
  unionAll: boolean[];
  /** `EXPLAIN` (plan only, nothing runs) or `PROFILE` (run, with rows per operator). */
  mode?: "explain" | "profile";
}

export const UPDATING = new Set(["create", "merge", "set", "remove", "delete"]);
