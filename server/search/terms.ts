// How the evidence search reads words: folded (case and accents gone), lightly stemmed so that
// French and English plurals meet their singulars ("entreprises" / "entreprise", "companies" /
// "company"), and with a small bilingual glossary of the domain's words so an English query
// finds the French quotes ("investment" → "investissement", "threat" → "menace"). Tokens keep
// their offsets in the original text, so matches can be highlighted where they stand.
import { fold } from "./searchIndex.ts";

/** Words of the documents' domain, French ↔ English, folded and stemmed at load. */
const GLOSSARY: [string, string][] = [
  ["investissement", "investment"],
  ["menace", "threat"],
  ["entreprise", "company"],
  ["societe", "company"],
  ["petrole", "oil"],
  ["oleoduc", "pipeline"],
  ["gazoduc", "pipeline"],
  ["gaz", "gas"],
  ["arme", "arms"],
  ["armement", "weapon"],
  ["frontiere", "border"],
  ["russe", "russian"],
  ["chinois", "chinese"],
  ["europeen", "european"],
  ["exportation", "export"],
  ["importation", "import"],
  ["dependance", "dependence"],
  ["sanction", "sanction"],
  ["port", "port"],
  ["chemin de fer", "railway"],
  ["electricite", "electricity"],
  ["centrale", "plant"],
  ["uranium", "uranium"],
  ["accord", "agreement"],
  ["traite", "treaty"],
  ["guerre", "war"],
  ["securite", "security"],
  ["commerce", "trade"],
  ["echange", "trade"],
  ["paiement", "payment"],
  ["banque", "bank"],
  ["raffinerie", "refinery"],
  ["lancement", "launch"],
  ["minorite", "minority"],
];

/** A crude plural/feminine stemmer shared by both languages: enough for prefix matching to do the rest. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.endsWith("aux")) return `${word.slice(0, -3)}al`;
  if (word.endsWith("es") && word.length > 5) return word.slice(0, -2);
  if (word.endsWith("s") || word.endsWith("x")) return word.slice(0, -1);
  if (word.endsWith("e")) return word.slice(0, -1);
  return word;
}

/** A word as the index holds it: folded then stemmed. */
export const normalise = (word: string): string => stem(fold(word));

const EQUIVALENTS = new Map<string, string[]>();
for (const [fr, en] of GLOSSARY) {
  const [a, b] = [normalise(fr), normalise(en)];
  EQUIVALENTS.set(a, [...(EQUIVALENTS.get(a) ?? []), b]);
  EQUIVALENTS.set(b, [...(EQUIVALENTS.get(b) ?? []), a]);
}

/** The other language's form(s) of a normalised word, if the glossary knows it. */
export const equivalents = (term: string): string[] => EQUIVALENTS.get(term) ?? [];

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** The words of a text with their offsets (letters and digits; apostrophes split "l'oléoduc"). */
export function tokens(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}
