// Checks disagreements (graph-data/disagreements.yaml): every claim is a known relation in one
// disagreement at most; each claim's `conflictsWith` lists exactly the other claims; the claims
// rest on different documents unless the disagreement says one document contradicts itself; and
// no free-text note points at another relation by id (such links belong in the model).
import type { LoadedKnowledgeBase } from "./load.ts";
import type { Push } from "./validateCommodities.ts";

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

const documentsOf = (r: { evidence: { document: string }[] }) => [...new Set(r.evidence.map((e) => e.document))].sort();

/** Relation ids a free text names as whole words (an id is a dash-joined slug, so its bounds are not [a-z0-9-]). */
export function relationIdsIn(text: string, ids: ReadonlySet<string>): string[] {
  return [...new Set(text.toLowerCase().match(/[a-z0-9]+(?:-[a-z0-9]+)+/g) ?? [])].filter((w) => ids.has(w));
}

export function validateDisagreements(kb: LoadedKnowledgeBase, push: Push): void {
  const relations = new Map(kb.relations.map((r) => [r.id, r]));
  const ids = new Set(relations.keys());
  const claimedBy = new Map<string, string>();
  for (const d of kb.disagreements) {
    const claims = d.claims.filter((c) => {
      if (relations.has(c)) return true;
      push(kb.origins.disagreements, d.id, `claims: unknown relation "${c}"`);
      return false;
    });
    for (const c of claims) {
      const first = claimedBy.get(c);
      if (first) push(kb.origins.disagreements, d.id, `claims: "${c}" is already a claim of "${first}"`);
      else claimedBy.set(c, d.id);
      const others = claims.filter((o) => o !== c);
      if (!sameSet(relations.get(c)!.conflictsWith ?? [], others))
        push(kb.origins.relations, c, `conflictsWith must list the other claims of "${d.id}": ${others.join(", ")}`);
    }
    const docs = claims.map((c) => documentsOf(relations.get(c)!).join(","));
    const oneSource = docs.length > 0 && docs.every((x) => x === docs[0]);
    if (oneSource && !d.sameDocument)
      push(
        kb.origins.disagreements,
        d.id,
        `every claim rests on "${docs[0]}": say sameDocument: true and, in the note, where it contradicts itself`,
      );
    if (!oneSource && d.sameDocument)
      push(kb.origins.disagreements, d.id, "sameDocument: the claims rest on different documents");
    for (const c of relationIdsIn(d.note ?? "", ids))
      push(kb.origins.disagreements, d.id, `note names relation "${c}": list it in claims instead`);
  }
  for (const r of kb.relations) {
    if (r.conflictsWith?.length && !claimedBy.has(r.id))
      push(
        kb.origins.relations,
        r.id,
        "conflictsWith without a disagreement: add one to graph-data/disagreements.yaml",
      );
    for (const other of relationIdsIn(r.note ?? "", ids))
      if (other !== r.id)
        push(
          kb.origins.relations,
          r.id,
          `note names relation "${other}": link the claims in graph-data/disagreements.yaml, or say it in words`,
        );
  }
}
