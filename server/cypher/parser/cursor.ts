// Token cursor shared by the parser modules: lookahead, keyword matching (case-insensitive)
// and "expected X" syntax errors carrying line/column.
import { syntaxError } from "../errors.ts";
import { positionAt, type Token } from "../lexer.ts";

export class Cursor {
  i = 0;
  constructor(
    readonly src: string,
    readonly toks: Token[],
  ) {}

  peek(n = 0): Token {
    return this.toks[Math.min(this.i + n, this.toks.length - 1)];
  }
  next(): Token {
    return this.toks[this.i++];
  }
  get pos(): number {
    return this.peek().pos;
  }
  /** End offset of the last consumed token (for projection text). */
  get lastEnd(): number {
    return this.toks[this.i - 1]?.end ?? 0;
  }

  isKw(word: string, n = 0): boolean {
    const t = this.peek(n);
    return t.kind === "id" && !t.quoted && t.text.toUpperCase() === word;
  }
  eatKw(...words: string[]): boolean {
    if (!words.every((w, j) => this.isKw(w, j))) return false;
    this.i += words.length;
    return true;
  }
  expectKw(...words: string[]): void {
    if (!this.eatKw(...words)) this.fail(words.join(" "));
  }
  isOp(op: string, n = 0): boolean {
    const t = this.peek(n);
    return t.kind === "op" && t.text === op;
  }
  eatOp(op: string): boolean {
    if (!this.isOp(op)) return false;
    this.i++;
    return true;
  }
  expectOp(op: string): void {
    if (!this.eatOp(op)) this.fail(`'${op}'`);
  }
  /** Any identifier, including keywords and `quoted` names (keywords are not reserved as names). */
  ident(what = "an identifier"): string {
    const t = this.peek();
    if (t.kind !== "id") this.fail(what);
    this.i++;
    return t.text;
  }
  fail(expected: string, detail = "UnexpectedSyntax"): never {
    const t = this.peek();
    const found = t.kind === "eof" ? "end of input" : `'${t.text}'`;
    throw syntaxError(detail, `Expected ${expected} but found ${found}`, positionAt(this.src, t.pos));
  }
  error(detail: string, message: string, pos: number): never {
    throw syntaxError(detail, message, positionAt(this.src, pos));
  }
}
