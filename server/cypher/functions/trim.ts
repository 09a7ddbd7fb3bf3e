// Trimming and normalising as Neo4j does: whitespace is Java's (Unicode separators and controls
// such as tab, but not the no-break spaces U+00A0, U+2007, U+202F) unless characters are given;
// `trim(BOTH|LEADING|TRAILING 'x' FROM s)` reaches `trim` as (side, character, input).
import { argumentError } from "../errors.ts";
import type { Value } from "../values.ts";
import { def, str, type FnDocs, type FnTable } from "./registry.ts";

const JAVA_SPACE =
  "\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000";
const SIDES = ["BOTH", "LEADING", "TRAILING"] as const;
type Side = (typeof SIDES)[number];

const escape = (chars: string) => chars.replace(/[\\\]^-]/g, "\\$&");

export function trimString(s: string, side: Side, chars?: string): string {
  const set = chars === undefined ? JAVA_SPACE : escape(chars);
  if (set === "") return s;
  let out = s;
  if (side !== "TRAILING") out = out.replace(new RegExp(`^[${set}]+`, "u"), "");
  if (side !== "LEADING") out = out.replace(new RegExp(`[${set}]+$`, "u"), "");
  return out;
}

/** `ltrim(s[, chars])` and siblings: any of the characters given, or whitespace. */
const sided = (name: string, side: Side) =>
  def(1, 2, ([v, chars]) => {
    if (v === null || chars === null) return null;
    return trimString(str(name, v), side, chars === undefined ? undefined : str(name, chars));
  });

function trimSyntax([side, chars, input]: Value[]): Value {
  if (input === null || chars === null) return null;
  if (typeof side !== "string" || !(SIDES as readonly string[]).includes(side))
    throw argumentError("InvalidArgumentValue", "trim() takes BOTH, LEADING or TRAILING");
  const c = chars === undefined ? undefined : str("trim", chars);
  if (c !== undefined && [...c].length !== 1)
    throw argumentError(
      "InvalidArgumentValue",
      "The argument `trimCharacterString` in the `trim()` function must be of length 1.",
    );
  return trimString(str("trim", input), side as Side, c);
}

export const trimFunctions: FnTable = {
  trim: def(1, 3, (args) => {
    if (args.length === 1) return args[0] === null ? null : trimString(str("trim", args[0]), "BOTH");
    if (args.length === 2)
      throw argumentError("InvalidArgumentValue", "trim() takes one string, or BOTH/LEADING/TRAILING … FROM");
    return trimSyntax(args);
  }),
  ltrim: sided("ltrim", "LEADING"),
  rtrim: sided("rtrim", "TRAILING"),
  btrim: sided("btrim", "BOTH"),
};

const sidedDoc = (name: string, where: string) => ({
  sig: [`${name}(input :: STRING) :: STRING`, `${name}(input :: STRING, trimCharacterString :: STRING) :: STRING`],
  doc: `A string without ${where} whitespace, or without ${where} characters of the given set.`,
});

export const trimDocs: FnDocs = {
  trim: {
    sig: [
      "trim(input :: STRING) :: STRING",
      "trim(trimSpecification :: STRING, trimCharacterString :: STRING, input :: STRING) :: STRING",
    ],
    doc: "A string without leading and trailing whitespace; trim(BOTH|LEADING|TRAILING 'c' FROM s) removes a character.",
  },
  ltrim: sidedDoc("ltrim", "leading"),
  rtrim: sidedDoc("rtrim", "trailing"),
  btrim: sidedDoc("btrim", "leading and trailing"),
};

const FORMS = ["NFC", "NFD", "NFKC", "NFKD"];

export function normalizeString(v: Value, form: Value = "NFC"): string {
  const s = str("normalize", v);
  if (typeof form !== "string" || !FORMS.includes(form))
    throw argumentError("InvalidArgumentValue", "Invalid normal form, expected NFC, NFD, NFKC, NFKD");
  return s.normalize(form as "NFC");
}
