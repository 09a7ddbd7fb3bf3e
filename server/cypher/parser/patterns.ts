// Graph pattern grammar: `p = (a:L {k: v})-[r:T|U *1..3 {k: v}]->(b)`, shortestPath(...) and
// comma-separated pattern lists.
import type { Expr, NodePattern, PathPattern, RelPattern } from "../ast.ts";
import type { Cursor } from "./cursor.ts";
import { parseExpr } from "./expressions.ts";

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
  return { ...parseChain(c, pos), v };
}

function parseChain(c: Cursor, pos: number): PathPattern {
  const nodes = [parseNode(c)];
  const rels: RelPattern[] = [];
  while (c.isOp("-") || (c.isOp("<") && c.isOp("-", 1))) {
    rels.push(parseRel(c));
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
  const v = c.peek().kind === "id" ? c.ident() : undefined;
  const labels: string[] = [];
  while (c.eatOp(":")) labels.push(c.ident("a label"));
  const props = parseProps(c);
  c.expectOp(")");
  return { v, labels, props, pos };
}

function parseRel(c: Cursor): RelPattern {
  const pos = c.pos;
  const left = c.eatOp("<");
  c.expectOp("-");
  let v: string | undefined, props: Expr | undefined, varLen: RelPattern["varLen"];
  const types: string[] = [];
  if (c.eatOp("[")) {
    if (c.peek().kind === "id") v = c.ident();
    if (c.eatOp(":")) {
      types.push(c.ident("a relationship type"));
      while (c.eatOp("|")) {
        c.eatOp(":");
        types.push(c.ident("a relationship type"));
      }
    }
    if (c.eatOp("*")) varLen = parseRange(c);
    else if (c.peek().kind === "int" || c.isOp(".."))
      c.error("InvalidRelationshipPattern", "A variable-length range needs '*'", c.pos);
    props = parseProps(c);
    c.expectOp("]");
  }
  c.expectOp("-");
  const right = c.eatOp(">");
  // `<-->` is written as "both directions", i.e. undirected
  return { v, types, props, dir: left && !right ? "in" : right && !left ? "out" : "both", varLen, pos };
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
