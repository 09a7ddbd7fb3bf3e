// Entity search: case- and accent-insensitive over names, French names, aliases and acronyms
// derived from names, with prefix matching and one typo tolerated, ranked by minisearch's BM25
// with names weighted above aliases. Built once per store generation from the snapshot.
import MiniSearch from "minisearch";
import type { GraphNode } from "../store/types.ts";

export interface SearchHit {
  id: string;
  name: string;
  nameFr?: string;
  type: string;
  subtype?: string;
  score: number;
  /** The indexed terms that matched, so the client can say why a hit came up. */
  matched: string[];
}

interface Doc {
  id: string;
  name: string;
  nameFr: string;
  aliases: string;
  acronym: string;
}

/** Lower case without diacritics: "Tokaïev" → "tokaiev", "Novorossiïsk" → "novorossiisk". */
export const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();

const STOP = new Set(["of", "the", "and", "de", "du", "des", "la", "le", "les", "d", "l", "et"]);

/** "Collective Security Treaty Organization" → "csto"; single words give nothing. */
export function acronymOf(name: string): string {
  const words = fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w));
  return words.length > 1 ? words.map((w) => w[0]).join("") : "";
}

const stringList = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

export class SearchIndex {
  private readonly index = new MiniSearch<Doc>({
    fields: ["name", "nameFr", "aliases", "acronym"],
    storeFields: [],
    processTerm: (term) => fold(term),
    searchOptions: {
      boost: { name: 3, nameFr: 2, aliases: 2, acronym: 2 },
      prefix: true,
      // One edit on terms long enough that a typo is plausible; short ones must match exactly.
      fuzzy: (term) => (term.length >= 4 ? 1 : 0),
      combineWith: "AND",
    },
  });

  constructor(private readonly nodes: ReadonlyMap<string, GraphNode>) {
    this.index.addAll(
      [...nodes.values()].map((n) => {
        const name = String(n.properties.name ?? n.id);
        const nameFr = String(n.properties.nameFr ?? "");
        return {
          id: n.id,
          name,
          nameFr,
          aliases: stringList(n.properties.aliases).join(" | "),
          acronym: `${acronymOf(name)} ${acronymOf(nameFr)}`,
        };
      }),
    );
  }

  search(q: string, limit: number, types?: readonly string[]): SearchHit[] {
    const hits: SearchHit[] = [];
    for (const r of this.index.search(q)) {
      const n = this.nodes.get(String(r.id));
      if (!n || (types && !types.includes(n.label))) continue;
      hits.push({
        id: n.id,
        name: String(n.properties.name ?? n.id),
        nameFr: typeof n.properties.nameFr === "string" ? n.properties.nameFr : undefined,
        type: n.label,
        subtype: typeof n.properties.subtype === "string" ? n.properties.subtype : undefined,
        score: Math.round(r.score * 1000) / 1000,
        matched: Object.keys(r.match).sort(),
      });
    }
    // minisearch orders by score; equal scores fall back to id so results never shuffle.
    hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return hits.slice(0, limit);
  }
}
