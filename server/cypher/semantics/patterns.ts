// Pattern binding rules for MATCH / CREATE / MERGE: variable type conflicts (node vs relationship
// vs value), re-bound variables, and what CREATE/MERGE require of relationships.
import type { PathPattern, RelPattern } from "../ast.ts";
import { semanticError } from "../errors.ts";
import { checkExpr } from "./expressions.ts";
import type { Scope, VType } from "./types.ts";

export type PatternMode = "match" | "create" | "merge";

function bind(scope: Scope, v: string, t: VType): void {
  const cur = scope.get(v);
  if (cur === undefined) {
    scope.set(v, t);
    return;
  }
  if (cur === "any" || cur === "null") return;
  const same = cur === t || (t === "rels" && cur === "list");
  if (!same) {
    throw semanticError("VariableTypeConflict", `Variable \`${v}\` already declared as ${cur}, used as ${t}`);
  }
  // A relationship variable written twice in one MATCH is accepted by Neo4j 5 (the kit wants
  // RelationshipUniquenessViolation): relationship uniqueness then leaves no row.
}

/** Checks patterns and adds their variables to `scope` (mutated). */
export function checkPatterns(ps: PathPattern[], scope: Scope, mode: PatternMode): void {
  const cx = () => ({ scope, aggAllowed: false });
  for (const p of ps) {
    if (p.v && scope.has(p.v)) throw semanticError("VariableAlreadyBound", `Variable \`${p.v}\` already declared`);
    for (const part of [...p.nodes, ...p.rels]) {
      // MATCH and EXISTS/COUNT patterns had theirs moved into their WHERE by the parser
      if (part.where)
        throw semanticError("UnsupportedPattern", "WHERE inside a pattern is only supported in MATCH", part.pos);
      if (mode !== "match" && ("labelExpr" in part || "typeExpr" in part))
        throw semanticError(
          "InvalidLabelExpression",
          `Label expressions other than :A:B cannot be used in ${mode.toUpperCase()}`,
          part.pos,
        );
    }
    p.nodes.forEach((n) => {
      if (n.props) checkExpr(n.props, cx());
      if (mode !== "create" && n.props?.k === "param")
        throw semanticError(
          "InvalidParameterUse",
          `Parameter maps cannot be used in ${mode.toUpperCase()} patterns (use a literal map instead, e.g. {id: $x.id})`,
          n.props.pos,
        );
      if (!n.v) return;
      if (mode !== "match" && scope.has(n.v) && (p.nodes.length === 1 || n.labels.length || n.props))
        throw semanticError("VariableAlreadyBound", `Variable \`${n.v}\` already declared`);
      bind(scope, n.v, "node");
    });
    for (const r of p.rels) {
      if (r.props) checkExpr(r.props, cx());
      if (mode !== "create" && r.props?.k === "param")
        throw semanticError(
          "InvalidParameterUse",
          `Parameter maps cannot be used in ${mode.toUpperCase()} patterns (use a literal map instead, e.g. {id: $x.id})`,
          r.props.pos,
        );
      if (mode !== "match") {
        if (r.v && scope.has(r.v)) throw semanticError("VariableAlreadyBound", `Variable \`${r.v}\` already declared`);
        if (r.types.length !== 1)
          throw semanticError(
            "NoSingleRelationshipType",
            "A single relationship type is required to create a relationship",
          );
        if (r.varLen) throw semanticError("CreatingVarLength", "Variable length relationships cannot be created");
        if (mode === "create" && r.dir === "both")
          throw semanticError("RequiresDirectedRelationship", "Only directed relationships can be created");
        if (r.v && scope.has(r.v)) throw semanticError("VariableAlreadyBound", `Variable \`${r.v}\` already declared`);
      }
      if (r.v) bind(scope, r.v, r.varLen ? "rels" : "rel");
      if (r.group) checkGroup(r, scope, mode);
      // shortest-path searches check relationships only: a group's per-hop conditions would be skipped
      if (
        p.shortest &&
        r.group &&
        [r.group.from, r.group.to].some((n) => n.v || n.labels.length || n.labelExpr || n.props)
      )
        throw semanticError(
          "UnsupportedPattern",
          "Path selectors over quantified groups with node variables or conditions are not supported",
          r.pos,
        );
      if (p.shortest && r.group?.where)
        throw semanticError(
          "UnsupportedPattern",
          "Path selectors over quantified groups with WHERE are not supported",
          r.pos,
        );
    }
    if (p.v && scope.has(p.v)) throw semanticError("VariableAlreadyBound", `Variable \`${p.v}\` already declared`);
    if (p.v) scope.set(p.v, "path");
  }
}

/** A quantified group: its WHERE sees one hop (x, y as nodes, r as a relationship); outside, x and y are lists. */
function checkGroup(r: RelPattern, scope: Scope, mode: PatternMode): void {
  const g = r.group!;
  if (mode !== "match") throw semanticError("CreatingVarLength", "Quantified patterns cannot be created", r.pos);
  const hop: Scope = new Map(scope);
  for (const n of [g.from, g.to]) {
    if (n.props) checkExpr(n.props, { scope, aggAllowed: false });
    if (n.v) hop.set(n.v, "node");
  }
  if (r.v) hop.set(r.v, "rel");
  if (g.where) checkExpr(g.where, { scope: hop, aggAllowed: false, predicate: true });
  for (const n of [g.from, g.to]) if (n.v) scope.set(n.v, "list");
}
