// Graph pattern grammar: `p = (a:L {k: v})-[r:T|U *1..3 {k: v}]->(b)`, shortestPath(...) and
// comma-separated pattern lists.
import type { Expr, LabelExpr, NodePattern, PathPattern, RelPattern } from "../ast.ts";
import type { Cursor } from "./cursor.ts";
import { parseExpr } from "./expressions.ts";
import { namesOf, parseLabelExpr } from "./labels.ts";
import { parseWhereOpt } from "./where.ts";

export function parsePatternList(c: Cursor): PathPattern[] {
  const out = [parsePathPattern(c)];
  while (c.eatOp(",")) out.push(parsePathPattern(c));
  return out;
}

export function parsePathPattern(c: Cursor): PathPattern {
  const pos = c.pos;
  let v: string | undefined;
  if (c.peek().kind === "id" && c.isOp("=", 1)) {
    v = c.ident();
    c.next();
  }
  for (const [kw, kind] of [
    ["SHORTESTPATH", "shortest"],
    ["ALLSHORTESTPATHS", "all"],
  ] as const) {
    if (c.isKw(kw) && c.isOp("(", 1)) {
      c.next();
      c.next();
      const inner = parseChain(c, pos);
      c.expectOp(")");
      return { ...inner, v, shortest: kind };
    }
  }
  const selector = parseSelector(c);
  const chain = parseChain(c, pos);
  if (!selector) return { ...chain, v };
  const { kind, k, groups } = selector;
  return { ...chain, v, shortest: kind, selector: { k, groups } };
}

/**
 * Neo4j 5 path selectors: `ANY SHORTEST`, `SHORTEST k`, `ANY k` keep k shortest paths per pair of end
 * nodes (one by default); `ALL SHORTEST` and `SHORTEST k GROUPS` every path of the k shortest lengths;
 * `ALL` keeps all paths.
 */
function parseSelector(c: Cursor): { kind: "shortest" | "all"; k: number; groups: boolean } | undefined {
  const count = () => (c.peek().kind === "int" ? Number(c.next().value) : 1);
  const paths = () => c.eatKw("PATHS") || c.eatKw("PATH");
  const positive = (k: number) =>
    k < 1 ? c.error("InvalidPathSelector", "A path selector needs a count of at least 1", c.pos) : k;
  if (c.isKw("ALL") && c.isKw("SHORTEST", 1)) {
    c.i += 2;
    paths();
    return { kind: "all", k: 1, groups: true };
  }
  if (c.isKw("ANY") && c.isKw("SHORTEST", 1)) {
    c.i += 2;
    paths();
    return { kind: "shortest", k: 1, groups: false };
  }
  if (c.isKw("SHORTEST") && !c.isOp("(", 1)) {
    c.next();
    const k = positive(count());
    if (c.eatKw("GROUPS") || c.eatKw("GROUP")) return { kind: "all", k, groups: true };
    paths();
    return { kind: "shortest", k, groups: false };
  }
  if (c.isKw("ANY") && (c.isOp("(", 1) || c.peek(1).kind === "int" || c.isKw("PATHS", 1) || c.isKw("PATH", 1))) {
    c.next();
    const k = positive(count());
    paths();
    return { kind: "shortest", k, groups: false };
  }
  if (c.isKw("ALL") && (c.isOp("(", 1) || c.isKw("PATHS", 1) || c.isKw("PATH", 1))) {
    c.next();
    paths();
  }
  return undefined;
}

/**
 * A quantified group of one relationship, `((x:L)-[r:T]->(y) WHERE ...){1,3}`: a variable-length
 * relationship whose node patterns and WHERE hold at every hop (see RelPattern.group). Groups of
 * several relationships, or holding a variable-length one, are refused rather than answered wrongly.
 */
function parseGroup(c: Cursor): RelPattern {
  const pos = c.pos;
  c.expectOp("(");
  const inner = parseChain(c, pos);
  const where = parseWhereOpt(c);
  c.expectOp(")");
  const q = parseQuantifier(c);
  if (!q || inner.rels.length !== 1 || inner.rels[0].varLen)
    c.error(
      "UnsupportedPattern",
      "Only quantified groups of one relationship, as in ((a)-[:T]->(b)){1,3}, are supported",
      pos,
    );
  const [from, to] = inner.nodes,
    rel = inner.rels[0];
  const preds = [from.where, rel.where, to.where, where].filter((x): x is Expr => !!x);
  const all = preds.length ? preds.reduce((l, r) => ({ k: "bin", op: "AND", l, r, pos: l.pos }) as Expr) : undefined;
  const strip = (n: NodePattern): NodePattern => ({ ...n, where: undefined });
  return { ...rel, where: undefined, varLen: q, group: { from: strip(from), to: strip(to), where: all }, pos };
}

const isGroupStart = (c: Cursor) => c.isOp("(") && c.isOp("(", 1);

function parseChain(c: Cursor, pos: number): PathPattern {
  // a group may open or close the pattern: its outer nodes are then anonymous
  const nodes = [isGroupStart(c) ? { labels: [], pos } : parseNode(c)];
  const rels: RelPattern[] = [];
  for (;;) {
    if (c.isOp("-") || (c.isOp("<") && c.isOp("-", 1))) rels.push(parseRel(c));
    else if (isGroupStart(c)) {
      rels.push(parseGroup(c));
      if (!c.isOp("(") || isGroupStart(c)) {
        nodes.push({ labels: [], pos: c.pos });
        continue;
      }
    } else break;
    nodes.push(parseNode(c));
  }
  return { nodes, rels, pos };
}

function parseProps(c: Cursor): Expr | undefined {
  if (c.isOp("{") || c.peek().kind === "param") return parseExpr(c);
  return undefined;
}

function parseNode(c: Cursor): NodePattern {
  const pos = c.pos;
  c.expectOp("(");
  const v = c.peek().kind === "id" && !c.isKw("WHERE") ? c.ident() : undefined;
  let labels: string[] = [],
    labelExpr: LabelExpr | undefined;
  if (c.eatOp(":") || (c.isKw("IS") && c.peek(1).kind === "id" && c.next())) {
    const e = parseLabelExpr(c, "a label");
    const names = namesOf(e, "and");
    if (names) labels = names;
    else labelExpr = e;
  }
  const props = parseProps(c);
  const where = parseWhereOpt(c);
  c.expectOp(")");
  return { v, labels, ...(labelExpr && { labelExpr }), props, ...(where && { where }), pos };
}

function parseRel(c: Cursor): RelPattern {
  const pos = c.pos;
  const left = c.eatOp("<");
  c.expectOp("-");
  let v: string | undefined, props: Expr | undefined, varLen: RelPattern["varLen"], where: Expr | undefined;
  let typeExpr: LabelExpr | undefined;
  const types: string[] = [];
  if (c.eatOp("[")) {
    if (c.peek().kind === "id" && !c.isKw("WHERE")) v = c.ident();
    if (c.eatOp(":") || (c.isKw("IS") && c.peek(1).kind === "id" && c.next())) {
      const e = parseLabelExpr(c, "a relationship type");
      const names = namesOf(e, "or");
      if (names) types.push(...names);
      else typeExpr = e;
    }
    if (c.eatOp("*")) varLen = parseRange(c);
    else if (c.peek().kind === "int" || c.isOp(".."))
      c.error("InvalidRelationshipPattern", "A variable-length range needs '*'", c.pos);
    props = parseProps(c);
    where = parseWhereOpt(c);
    c.expectOp("]");
  }
  c.expectOp("-");
  const right = c.eatOp(">");
  const quantified = parseQuantifier(c);
  if (quantified) {
    if (varLen) c.error("InvalidRelationshipPattern", "A relationship cannot have both '*' and a quantifier", pos);
    varLen = quantified;
  }
  if (where && varLen)
    c.error(
      "UnsupportedPattern",
      "WHERE inside a variable-length relationship is not supported; use WHERE all(...) on the list",
      pos,
    );
  // `<-->` is written as "both directions", i.e. undirected
  const dir = left && !right ? "in" : right && !left ? "out" : "both";
  return { v, types, ...(typeExpr && { typeExpr }), props, ...(where && { where }), dir, varLen, pos };
}

/** A quantifier after a relationship (`+`, `*`, `{n}`, `{n,}`, `{,m}`, `{n,m}`): a variable length. */
function parseQuantifier(c: Cursor): RelPattern["varLen"] | undefined {
  if (c.eatOp("+")) return { min: 1 };
  if (c.eatOp("*")) return { min: 0 };
  if (!c.isOp("{") || !(c.peek(1).kind === "int" || c.isOp(",", 1))) return undefined;
  c.next();
  const num = () => Number(c.next().value);
  const min = c.peek().kind === "int" ? num() : 0;
  let max: number | undefined = min;
  if (c.eatOp(",")) max = c.peek().kind === "int" ? num() : undefined;
  c.expectOp("}");
  if (max !== undefined && max < min)
    c.error("InvalidQuantifier", "A quantifier's upper bound is below its lower bound", c.pos);
  return { min, max };
}

function parseRange(c: Cursor): { min?: number; max?: number } {
  const num = () => Number(c.next().value);
  let min: number | undefined, max: number | undefined;
  if (c.peek().kind === "int") min = num();
  if (c.eatOp("..")) {
    if (c.peek().kind === "int") max = num();
  } else max = min;
  return { min, max };
}

/**
 * Moves `WHERE` predicates written inside node and relationship patterns into the enclosing WHERE
 * (ANDed before it): `MATCH (n:A WHERE n.x > 1)` means `MATCH (n:A) WHERE n.x > 1`.
 */
export function hoistInlineWhere(patterns: PathPattern[], where: Expr | undefined): Expr | undefined {
  const preds: Expr[] = [];
  for (const p of patterns)
    for (const part of [...p.nodes, ...p.rels])
      if (part.where) {
        preds.push(part.where);
        delete part.where;
      }
  if (where) preds.push(where);
  return preds.length ? preds.reduce((l, r) => ({ k: "bin", op: "AND", l, r, pos: l.pos })) : undefined;
}
