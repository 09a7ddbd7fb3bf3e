// Lexer: turns query text into tokens with source offsets. Keywords are plain identifiers here;
// the parser matches them case-insensitively. Number literals keep their text for range checks.
import { syntaxError, type SourcePosition } from "./errors.ts";

export type TokKind = "id" | "int" | "float" | "str" | "param" | "op" | "eof";
export interface Token {
  kind: TokKind;
  text: string;
  value?: string | bigint | number;
  pos: number;
  end?: number;
  quoted?: boolean;
}

const OPS3 = ["..."];
const OPS2 = ["..", "<=", ">=", "<>", "!=", "=~", "+=", "||", "::"];
const OPS1 = "()[]{},.:;|+-*/%^=<>!&";

export function positionAt(src: string, offset: number): SourcePosition {
  let line = 1,
    col = 1;
  for (let i = 0; i < offset && i < src.length; i++) {
    if (src[i] === "\n") {
      line++;
      col = 1;
    } else col++;
  }
  return { offset, line, column: col };
}

const isIdStart = (c: string) => /[\p{L}_]/u.test(c);
const isIdPart = (c: string) => /[\p{L}\p{N}_$]/u.test(c);

export function tokenize(src: string): Token[] {
  const toks: Token[] = [];
  let i = 0;
  const fail = (detail: string, msg: string, at = i) => syntaxError(detail, msg, positionAt(src, at));
  while (i < src.length) {
    const last = toks[toks.length - 1];
    if (last && last.end === undefined) last.end = i;
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "/" && src[i + 1] === "/") {
      while (i < src.length && src[i] !== "\n") i++;
      continue;
    }
    if (c === "/" && src[i + 1] === "*") {
      const end = src.indexOf("*/", i + 2);
      if (end < 0) throw fail("UnexpectedSyntax", "Unterminated comment");
      i = end + 2;
      continue;
    }
    const start = i;
    if (c === "'" || c === '"') {
      const t = readString(src, i, fail);
      toks.push(t);
      i = t.end;
      continue;
    }
    if (c === "`") {
      let text = "";
      i++;
      for (;;) {
        if (i >= src.length) throw fail("UnexpectedSyntax", "Unterminated quoted identifier", start);
        if (src[i] === "`") {
          if (src[i + 1] === "`") {
            text += "`";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        text += src[i++];
      }
      toks.push({ kind: "id", text, pos: start, quoted: true });
      continue;
    }
    if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(src[i + 1] ?? ""))) {
      i = readNumber(src, i, toks, fail);
      continue;
    }
    if (c === "$") {
      i++;
      let name = "";
      if (src[i] === "`") {
        const e = src.indexOf("`", i + 1);
        name = src.slice(i + 1, e);
        i = e + 1;
      } else while (i < src.length && isIdPart(src[i])) name += src[i++];
      if (!name) throw fail("UnexpectedSyntax", "Expected a parameter name");
      toks.push({ kind: "param", text: name, pos: start });
      continue;
    }
    if (isIdStart(c)) {
      while (i < src.length && isIdPart(src[i])) i++;
      toks.push({ kind: "id", text: src.slice(start, i), pos: start });
      continue;
    }
    const op =
      OPS3.find((o) => src.startsWith(o, i)) ??
      OPS2.find((o) => src.startsWith(o, i)) ??
      (OPS1.includes(c) ? c : undefined);
    if (!op && /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/.test(c))
      throw fail("InvalidUnicodeCharacter", `Invalid unicode character '${c}' (did you mean '-'?)`);
    if (!op) throw fail("UnexpectedSyntax", `Unexpected character '${c}'`);
    toks.push({ kind: "op", text: op, pos: start });
    i += op.length;
  }
  const last = toks[toks.length - 1];
  if (last && last.end === undefined) last.end = i;
  toks.push({ kind: "eof", text: "", pos: src.length, end: src.length });
  return toks;
}

type Fail = (detail: string, msg: string, at?: number) => Error;

function readString(src: string, i: number, fail: Fail): Token & { end: number } {
  const q = src[i],
    start = i;
  let out = "";
  i++;
  for (;;) {
    if (i >= src.length) throw fail("UnexpectedSyntax", "Unterminated string literal", start);
    const c = src[i];
    if (c === q) {
      i++;
      break;
    }
    if (c !== "\\") {
      out += c;
      i++;
      continue;
    }
    const e = src[i + 1];
    const simple: Record<string, string> = {
      n: "\n",
      t: "\t",
      r: "\r",
      b: "\b",
      f: "\f",
      "'": "'",
      '"': '"',
      "\\": "\\",
    };
    if (e in simple) {
      out += simple[e];
      i += 2;
      continue;
    }
    if (e === "u" || e === "U") {
      const len = e === "u" ? 4 : 8;
      const hex = src.slice(i + 2, i + 2 + len);
      if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex))
        throw fail("InvalidUnicodeLiteral", "Invalid unicode escape", i);
      out += String.fromCodePoint(parseInt(hex, 16));
      i += 2 + len;
      continue;
    }
    out += "\\" + (e ?? "");
    i += 2;
  }
  return { kind: "str", text: src.slice(start, i), value: out, pos: start, end: i };
}

function readNumber(src: string, i: number, toks: Token[], fail: Fail): number {
  const start = i;
  const m = /^(0x[0-9a-zA-Z_]*|0o[0-9a-zA-Z_]*|[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?[a-zA-Z_0-9]*)/.exec(src.slice(i));
  let text = m![0];
  // "1..2" is a range, not the float "1."
  if (/^[0-9]+\.\./.test(src.slice(i))) text = /^[0-9]+/.exec(src.slice(i))![0];
  i += text.length;
  if (/^0x/i.test(text)) {
    if (!/^0x[0-9a-fA-F]+$/.test(text)) throw fail("InvalidNumberLiteral", `Invalid hex literal ${text}`, start);
    toks.push({ kind: "int", text, value: BigInt(text), pos: start });
  } else if (/^0o/.test(text)) {
    if (!/^0o[0-7]+$/.test(text)) throw fail("InvalidNumberLiteral", `Invalid octal literal ${text}`, start);
    toks.push({ kind: "int", text, value: BigInt(text), pos: start });
  } else if (/^[0-9]+$/.test(text)) {
    toks.push({ kind: "int", text, value: BigInt(text), pos: start });
  } else if (/^[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?$/.test(text)) {
    const f = Number(text);
    if (!Number.isFinite(f)) throw fail("FloatingPointOverflow", `Float literal out of range ${text}`, start);
    toks.push({ kind: "float", text, value: f, pos: start });
  } else {
    // `{1abc: ...}` is a bad map key (plain syntax error), elsewhere a malformed number
    const asKey = /^\s*:/.test(src.slice(i));
    throw fail(asKey ? "UnexpectedSyntax" : "InvalidNumberLiteral", `Invalid number literal ${text}`, start);
  }
  return i;
}
