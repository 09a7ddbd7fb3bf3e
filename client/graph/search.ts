// Ranked autocomplete over the loaded knowledge graph: names, French names, aliases and
// acronyms (explicit, or the initials of a multi-word name). Accent- and case-insensitive.
import type { ApiNode } from "../api/types.ts";

export interface Hit {
  node: ApiNode;
  matched: string;
  score: number;
}

export const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

const initials = (name: string): string =>
  name
    .split(/[\s-]+/)
    .filter((w) => w.length > 2 && /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");

function keysOf(n: ApiNode): string[] {
  const keys = [n.name, n.nameFr ?? "", ...n.aliases, n.id];
  const acronym = initials(n.name);
  if (acronym.length > 1) keys.push(acronym);
  return keys.filter(Boolean);
}

function scoreKey(key: string, q: string): number {
  const k = fold(key);
  if (k === q) return 100;
  if (k.startsWith(q)) return 80 - Math.min(k.length - q.length, 30) / 2;
  if (k.split(/[\s\-'’(),]+/).some((w) => w.startsWith(q))) return 55;
  return k.includes(q) ? 30 : 0;
}

export function searchNodes(nodes: readonly ApiNode[], query: string, limit = 10): Hit[] {
  const q = fold(query.trim());
  if (!q) return [];
  const hits: Hit[] = [];
  for (const node of nodes) {
    let best = 0;
    let matched = "";
    for (const key of keysOf(node)) {
      const s = scoreKey(key, q);
      if (s > best) [best, matched] = [s, key];
    }
    if (best > 0) hits.push({ node, matched, score: best });
  }
  return hits.sort((a, b) => b.score - a.score || a.node.name.localeCompare(b.node.name)).slice(0, limit);
}
