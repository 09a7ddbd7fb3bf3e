// Evidence search: the verbatim quotes, the curators' notes and the entity descriptions, found
// case- and accent-insensitively, by prefix, with one typo tolerated on longer words, and across
// French and English forms (terms.ts). Hits come grouped by the entity or relation they belong
// to, each passage with its document and the character ranges that matched, best first.
import MiniSearch from "minisearch";
import type { GraphEdge, GraphNode, Subgraph } from "../store/types.ts";
import type { EntityEvidenceHits, Passage, RelationEvidenceHits } from "../../contract/index.ts";
import { equivalents, normalise, tokens } from "./terms.ts";

// The answer's shapes are the wire contract's.
export type { Passage, EntityEvidenceHits, RelationEvidenceHits };
type PassageKind = Passage["kind"];
type NodeRef = EntityEvidenceHits["entity"];

export interface EvidenceHits {
  entities: EntityEvidenceHits[];
  relations: RelationEvidenceHits[];
}

interface Doc {
  id: string;
  text: string;
  kind: PassageKind;
  owner: string;
  ownerKind: "entity" | "relation";
  document?: string;
}

const refOf = (n: GraphNode | undefined, id: string): NodeRef => ({
  id,
  name: String(n?.properties.name ?? id),
  type: n?.label ?? "",
});

function passagesOf(e: GraphEdge): Omit<Doc, "id">[] {
  const sources = (e.properties.sources as string[] | undefined) ?? [];
  const quotes = (e.properties.quotes as string[] | undefined) ?? [];
  const out: Omit<Doc, "id">[] = quotes.map((text, i) => ({
    text,
    kind: "quote" as const,
    owner: e.id,
    ownerKind: "relation" as const,
    document: sources[i],
  }));
  if (typeof e.properties.note === "string")
    out.push({ text: e.properties.note, kind: "note", owner: e.id, ownerKind: "relation" });
  return out;
}

/** Where in `text` the matched (normalised) terms stand: every word whose normal form one of them prefixes. */
export function highlightsOf(text: string, matched: readonly string[]): [number, number][] {
  return tokens(text)
    .filter((t) => {
      const w = normalise(t.text);
      return matched.some((m) => w === m || (m.length >= 3 && w.startsWith(m)) || (w.length >= 3 && m.startsWith(w)));
    })
    .map((t) => [t.start, t.end]);
}

export class EvidenceIndex {
  private readonly docs: Doc[] = [];
  private readonly index = new MiniSearch<Doc>({
    fields: ["text"],
    storeFields: [],
    tokenize: (text) => tokens(text).map((t) => t.text),
    processTerm: (term) => normalise(term) || null,
    searchOptions: {
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 5 ? 1 : 0),
      combineWith: "AND",
    },
  });

  constructor(
    private readonly nodes: ReadonlyMap<string, GraphNode>,
    private readonly edges: ReadonlyMap<string, GraphEdge>,
    snapshot: Subgraph,
  ) {
    for (const n of snapshot.nodes) {
      if (typeof n.properties.description === "string")
        this.docs.push({
          id: "",
          text: n.properties.description,
          kind: "description",
          owner: n.id,
          ownerKind: "entity",
        });
    }
    for (const e of snapshot.edges) for (const p of passagesOf(e)) this.docs.push({ id: "", ...p });
    this.docs.forEach((d, i) => (d.id = String(i)));
    this.index.addAll(this.docs);
  }

  /** Each query word may match itself or its other-language form (an OR inside an AND). */
  private query(q: string) {
    const words = q.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    return {
      combineWith: "AND" as const,
      queries: words.map((w) => ({
        combineWith: "OR" as const,
        queries: [w, ...equivalents(normalise(w))],
      })),
    };
  }

  search(q: string, limit: number): EvidenceHits {
    const entities = new Map<string, EntityEvidenceHits>();
    const relations = new Map<string, RelationEvidenceHits>();
    for (const r of this.index.search(this.query(q))) {
      const d = this.docs[Number(r.id)]!;
      const passage: Passage = {
        kind: d.kind,
        text: d.text,
        ...(d.document ? { document: d.document } : {}),
        highlights: highlightsOf(d.text, r.terms),
      };
      if (d.ownerKind === "entity") {
        const hit = entities.get(d.owner) ?? {
          entity: refOf(this.nodes.get(d.owner), d.owner),
          score: 0,
          passages: [],
        };
        hit.score += r.score;
        hit.passages.push(passage);
        entities.set(d.owner, hit);
      } else {
        const e = this.edges.get(d.owner)!;
        const hit = relations.get(d.owner) ?? {
          relation: {
            id: e.id,
            type: e.type,
            from: refOf(this.nodes.get(e.source), e.source),
            to: refOf(this.nodes.get(e.target), e.target),
          },
          score: 0,
          passages: [],
        };
        hit.score += r.score;
        hit.passages.push(passage);
        relations.set(d.owner, hit);
      }
    }
    // Best first; equal scores by id so answers never shuffle.
    const rank = <T extends { score: number }>(xs: Iterable<T>, id: (t: T) => string) =>
      [...xs]
        .map((x) => ({ ...x, score: Math.round(x.score * 1000) / 1000 }))
        .sort((a, b) => b.score - a.score || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0))
        .slice(0, limit);
    return {
      entities: rank(entities.values(), (h) => h.entity.id),
      relations: rank(relations.values(), (h) => h.relation.id),
    };
  }
}
