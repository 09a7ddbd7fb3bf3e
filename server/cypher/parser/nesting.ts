// Refuses query text that nests deeper than MAX_NESTING before the recursive-descent parser sees
// it: brackets of any kind, plus runs of prefix operators (NOT, unary minus), each count a level.
// Deeper text would only exhaust the stack in the parser or in a later pass.
import { syntaxError } from "../errors.ts";
import { positionAt, type Token } from "../lexer.ts";

export const MAX_NESTING = 200;

const OPEN = new Set(["(", "[", "{"]);
const CLOSE = new Set([")", "]", "}"]);

const isPrefix = (t: Token) =>
  (t.kind === "op" && (t.text === "-" || t.text === "+")) ||
  (t.kind === "id" && !t.quoted && t.text.toUpperCase() === "NOT");

export function checkNesting(src: string, toks: Token[]): void {
  let depth = 0;
  let prefixRun = 0;
  for (const t of toks) {
    prefixRun = isPrefix(t) ? prefixRun + 1 : 0;
    if (t.kind === "op" && OPEN.has(t.text)) depth++;
    else if (t.kind === "op" && CLOSE.has(t.text)) depth--;
    if (depth + prefixRun > MAX_NESTING)
      throw syntaxError(
        "NestingLimitExceeded",
        `The query nests deeper than ${MAX_NESTING} levels (brackets and prefix operators)`,
        positionAt(src, t.pos),
      );
  }
}
