// String functions: toLower/toUpper (lower/upper), trims (trim.ts), normalize, split, substring, replace, left, right.
import { argumentError } from "../errors.ts";
import { def, int, str, unary, type FnDocs, type FnTable } from "./registry.ts";
import { normalizeString, trimDocs, trimFunctions } from "./trim.ts";

const nullable = (args: unknown[]) => args.some((a) => a === null);

export const stringFunctions: FnTable = {
  tolower: unary((v) => str("toLower", v).toLowerCase()),
  toupper: unary((v) => str("toUpper", v).toUpperCase()),
  lower: unary((v) => str("lower", v).toLowerCase()),
  upper: unary((v) => str("upper", v).toUpperCase()),
  ...trimFunctions,
  normalize: def(1, 2, ([v, form]) => (v === null || form === null ? null : normalizeString(v, form))),
  split: def(2, 2, (args) => (nullable(args) ? null : str("split", args[0]).split(str("split", args[1])))),
  replace: def(3, 3, (args) =>
    nullable(args) ? null : str("replace", args[0]).split(str("replace", args[1])).join(str("replace", args[2])),
  ),
  substring: def(2, 3, (args) => {
    if (args[0] === null) return null;
    const s = str("substring", args[0]),
      start = Number(int("substring", args[1]));
    const len = args.length > 2 ? Number(int("substring", args[2])) : undefined;
    if (start < 0 || (len !== undefined && len < 0))
      throw argumentError("NumberOutOfRange", "substring() needs non-negative arguments");
    return len === undefined ? s.slice(start) : s.slice(start, start + len);
  }),
  left: def(2, 2, (args) => {
    if (args[0] === null) return null;
    const n = Number(int("left", args[1]));
    if (n < 0) throw argumentError("NumberOutOfRange", "left() needs a non-negative length");
    return str("left", args[0]).slice(0, n);
  }),
  right: def(2, 2, (args) => {
    if (args[0] === null) return null;
    const s = str("right", args[0]),
      n = Number(int("right", args[1]));
    if (n < 0) throw argumentError("NumberOutOfRange", "right() needs a non-negative length");
    return n === 0 ? "" : s.slice(-n);
  }),
};

export const stringDocs: FnDocs = {
  tolower: { sig: "toLower(input :: STRING) :: STRING", doc: "A string in lower case." },
  toupper: { sig: "toUpper(input :: STRING) :: STRING", doc: "A string in upper case." },
  lower: { sig: "lower(input :: STRING) :: STRING", doc: "A string in lower case." },
  upper: { sig: "upper(input :: STRING) :: STRING", doc: "A string in upper case." },
  ...trimDocs,
  normalize: {
    sig: ["normalize(input :: STRING) :: STRING", "normalize(input :: STRING, normalForm = NFC :: STRING) :: STRING"],
    doc: "A string in a Unicode normal form: NFC (the default), NFD, NFKC or NFKD.",
  },
  split: {
    sig: "split(original :: STRING, splitDelimiters :: STRING | LIST<STRING>) :: LIST<STRING>",
    doc: "The pieces of a string between delimiters.",
  },
  replace: {
    sig: "replace(original :: STRING, search :: STRING, replace :: STRING) :: STRING",
    doc: "A string with every occurrence of search replaced.",
  },
  substring: {
    sig: [
      "substring(original :: STRING, start :: INTEGER) :: STRING",
      "substring(original :: STRING, start :: INTEGER, length :: INTEGER) :: STRING",
    ],
    doc: "Part of a string, from a 0-based start.",
  },
  left: { sig: "left(original :: STRING, length :: INTEGER) :: STRING", doc: "The first characters of a string." },
  right: { sig: "right(original :: STRING, length :: INTEGER) :: STRING", doc: "The last characters of a string." },
};
