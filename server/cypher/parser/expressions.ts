// Expression grammar (precedence climbing): OR < XOR < AND < NOT < comparison < string/list/null
// predicates < + - < * / % < ^ < unary < postfix (.prop, [i], [a..b], :Label) < atoms.
import type { BinOp, Expr, MapProjItem } from "../ast.ts";
import type { Cursor } from "./cursor.ts";
import { namesOf, parseLabelExpr } from "./labels.ts";
import { parseType } from "./types.ts";
import { parseAtom } from "./atoms.ts";

const INT_MAX = (1n << 63n) - 1n;

export function parseExpr(c: Cursor): Expr {
  return parseOr(c);
}

function leftAssoc(c: Cursor, sub: (c: Cursor) => Expr, kw: "OR" | "XOR" | "AND"): Expr {
  let l = sub(c);
  while (c.isKw(kw)) {
    const pos = c.pos;
    c.next();
    l = { k: "bin", op: kw, l, r: sub(c), pos };
  }
  return l;
}
const parseOr = (c: Cursor): Expr => leftAssoc(c, parseXor, "OR");
const parseXor = (c: Cursor): Expr => leftAssoc(c, parseAnd, "XOR");
const parseAnd = (c: Cursor): Expr => leftAssoc(c, parseNot, "AND");

function parseNot(c: Cursor): Expr {
  if (c.isKw("NOT")) {
    const pos = c.pos;
    c.next();
    return { k: "not", e: parseNot(c), pos };
  }
  return parseComparison(c);
}

const CMP = ["=", "<>", "!=", "<", ">", "<=", ">="];

/** `a < b < c` means `a < b AND b < c`. */
function parseComparison(c: Cursor): Expr {
  const first = parsePredicate(c);
  const parts: Expr[] = [];
  let l = first;
  while (c.peek().kind === "op" && CMP.includes(c.peek().text)) {
    const pos = c.pos;
    let op = c.next().text;
    if (op === "!=") op = "<>";
    const r = parsePredicate(c);
    parts.push({ k: "bin", op: op as BinOp, l, r, pos });
    l = r;
  }
  if (!parts.length) return first;
  return parts.reduce((a, b) => ({ k: "bin", op: "AND", l: a, r: b, pos: a.pos }));
}

/** At most one string/list/null predicate per operand: Neo4j refuses `a IN l IS NULL` and `x IS NULL IS NULL`. */
function parsePredicate(c: Cursor): Expr {
  const l = parseAdd(c);
  const pos = c.pos;
  if (c.eatKw("STARTS", "WITH")) return { k: "bin", op: "STARTS WITH", l, r: parseAdd(c), pos };
  if (c.eatKw("ENDS", "WITH")) return { k: "bin", op: "ENDS WITH", l, r: parseAdd(c), pos };
  if (c.eatKw("CONTAINS")) return { k: "bin", op: "CONTAINS", l, r: parseAdd(c), pos };
  if (c.eatKw("IN")) return { k: "bin", op: "IN", l, r: parseAdd(c), pos };
  if (c.eatOp("=~")) return { k: "bin", op: "=~", l, r: parseAdd(c), pos };
  if (c.eatKw("IS", "NULL")) return { k: "isnull", e: l, negated: false, pos };
  if (c.eatKw("IS", "NOT", "NULL")) return { k: "isnull", e: l, negated: true, pos };
  if (
    c.isKw("IS") &&
    (c.isOp("::", 1) || c.isKw("TYPED", 1) || (c.isKw("NOT", 1) && (c.isOp("::", 2) || c.isKw("TYPED", 2))))
  ) {
    c.next();
    const negated = c.eatKw("NOT");
    if (!c.eatOp("::")) c.expectKw("TYPED");
    return { k: "istype", e: l, type: parseType(c), negated, pos };
  }
  if (c.eatOp("::")) return { k: "istype", e: l, type: parseType(c), negated: false, pos };
  return l;
}

function binLoop(c: Cursor, sub: (c: Cursor) => Expr, ops: string[]): Expr {
  let l = sub(c);
  while (c.peek().kind === "op" && ops.includes(c.peek().text)) {
    const pos = c.pos;
    const op = c.next().text as BinOp;
    l = { k: "bin", op, l, r: sub(c), pos };
  }
  return l;
}
// `||` (string and list concatenation) binds like `+`, as in Neo4j 5
const parseAdd = (c: Cursor): Expr => binLoop(c, parseMul, ["+", "-", "||"]);
const parseMul = (c: Cursor): Expr => binLoop(c, parsePow, ["*", "/", "%"]);
const parsePow = (c: Cursor): Expr => binLoop(c, parseUnary, ["^"]);

/** A negative number literal after `-` (kept a literal so that -9223372036854775808 fits). */
function negativeLiteral(c: Cursor, pos: number): Expr | undefined {
  const t = c.peek();
  if ((t.kind !== "int" && t.kind !== "float") || c.isOp(".", 1) || c.isOp("[", 1)) return undefined;
  c.next();
  if (t.kind === "float") return { k: "lit", v: -(t.value as number), pos };
  const v = -(t.value as bigint);
  if (v < -INT_MAX - 1n) c.error("IntegerOverflow", `Integer literal too large: -${t.text}`, pos);
  return { k: "lit", v, pos };
}

/**
 * One sign before an operand, as in Neo4j's grammar: a second sign may only start a number
 * literal (`--1` is 1, `--x` is a syntax error).
 */
function parseUnary(c: Cursor): Expr {
  const pos = c.pos;
  if (!c.isOp("-") && !c.isOp("+")) return parsePostfix(c, parseAtom(c));
  const negate = c.next().text === "-";
  if (negate) {
    const lit = negativeLiteral(c, pos);
    if (lit) return lit;
  }
  let operand: Expr;
  if (c.isOp("-") || c.isOp("+")) {
    const inner = c.pos;
    const innerNegate = c.next().text === "-";
    const t = c.peek();
    if (t.kind !== "int" && t.kind !== "float") c.fail("a number");
    operand = innerNegate ? negativeLiteral(c, inner)! : parsePostfix(c, parseAtom(c));
  } else operand = parsePostfix(c, parseAtom(c));
  return negate ? { k: "neg", e: operand, pos } : operand;
}

export function parsePostfix(c: Cursor, e: Expr): Expr {
  for (;;) {
    const pos = c.pos;
    if (c.isOp(".") && c.peek(1).kind === "id") {
      c.next();
      e = { k: "prop", obj: e, key: c.ident(), pos };
    } else if (c.eatOp("[")) {
      if (c.eatOp("..")) {
        const to = c.isOp("]") ? undefined : parseExpr(c);
        c.expectOp("]");
        e = { k: "slice", obj: e, to, pos };
        continue;
      }
      const idx = parseExpr(c);
      if (c.eatOp("..")) {
        const to = c.isOp("]") ? undefined : parseExpr(c);
        c.expectOp("]");
        e = { k: "slice", obj: e, from: idx, to, pos };
        continue;
      }
      c.expectOp("]");
      e = { k: "index", obj: e, idx, pos };
    } else if (c.isOp(":") && (c.peek(1).kind === "id" || ["!", "%", "("].some((op) => c.isOp(op, 1)))) {
      c.next();
      const expr = parseLabelExpr(c, "a label", true);
      const labels = namesOf(expr, "and");
      e = labels ? { k: "haslabels", e, labels, pos } : { k: "haslabels", e, labels: [], labelExpr: expr, pos };
    } else return e;
  }
}

/** Map projection body after `v{`: `.key`, `.*`, `key: expr`, `var`. */
export function parseMapProjection(c: Cursor, v: string, pos: number): Expr {
  const items: MapProjItem[] = [];
  c.expectOp("{");
  while (!c.isOp("}")) {
    if (c.eatOp(".")) {
      if (c.eatOp("*")) items.push({ k: "all" });
      else items.push({ k: "prop", key: c.ident("a property name") });
    } else if (c.peek().kind === "id" && c.isOp(":", 1)) {
      const key = c.ident();
      c.next();
      items.push({ k: "lit", key, e: parseExpr(c) });
    } else items.push({ k: "var", name: c.ident("a map projection item") });
    if (!c.eatOp(",")) break;
  }
  c.expectOp("}");
  return { k: "mapproj", v, items, pos };
}

export function checkIntLiteral(c: Cursor, v: bigint, pos: number): bigint {
  if (v > INT_MAX) c.error("IntegerOverflow", `Integer literal too large: ${v}`, pos);
  return v;
}
