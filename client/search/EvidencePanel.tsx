// The evidence search results beside the graph: entities whose names match, then passages
// (quotes, notes, descriptions) grouped by entity and by relation, each with its matching words
// marked and its document named. Choosing an entity opens its panel; choosing a relation
// highlights it on the graph and frames its two ends. Says so plainly when nothing matches.
import type { Passage, SearchAnswer } from "../../contract/index.ts";
import { searchEvidence } from "../api/endpoints.ts";
import { useAsync } from "../hooks/useAsync.ts";
import { highlightPath, select, showNodes } from "../state/actions.ts";
import { requestFrame } from "../state/cameraRequests.ts";
import { closeEvidenceSearch, useEvidenceQuery } from "../state/evidenceSearch.ts";
import { usePanels } from "../state/panels.ts";
import { CitationLink } from "../documents/CitationLink.tsx";
import { useExplorer } from "../hooks/useExplorer.ts";
import { Marked } from "./Marked.tsx";
import "../styles/workbench.css";

const KIND = { quote: "Quote", note: "Note", description: "Description" } as const;

function PassageView({ p, documents }: { p: Passage; documents: SearchAnswer["documents"] }) {
  const doc = p.document ? documents[p.document] : undefined;
  return (
    <blockquote className={`passage ${p.kind}`} lang={p.kind === "quote" ? "fr" : "en"}>
      <p>
        <Marked text={p.text} ranges={p.highlights} />
      </p>
      <footer>
        {KIND[p.kind]}
        {p.document && (
          <>
            {" — "}
            <CitationLink document={p.document}>
              {[doc?.title ?? p.document, doc?.author].filter(Boolean).join(", ")}
            </CitationLink>
          </>
        )}
      </footer>
    </blockquote>
  );
}

// Selecting frames the entity with its neighbours (CameraController).
const openEntity = (id: string) => {
  showNodes([id]);
  select(id);
};

export function EvidencePanel() {
  const query = useEvidenceQuery();
  const selected = useExplorer((s) => s.selected);
  const relation = usePanels((p) => p.relation);
  const result = useAsync(query ? () => searchEvidence(query) : null, query ?? "");
  if (!query || selected || relation) return null;
  const a = result.value;
  const empty = a && !a.hits.length && !a.evidence.entities.length && !a.evidence.relations.length;
  return (
    <aside className="entity-panel evidence-panel" aria-labelledby="evidence-title" data-testid="evidence-panel">
      <header>
        <button
          type="button"
          className="close"
          aria-label="Close the search results (Esc)"
          onClick={closeEvidenceSearch}
        >
          ×
        </button>
        <h2 id="evidence-title">Evidence for “{query}”</h2>
        <p className="hint">Names, quotes, notes and descriptions, in French or English.</p>
      </header>
      {result.loading && <p role="status">Searching…</p>}
      {result.error && (
        <p role="alert" className="error">
          {result.error}
        </p>
      )}
      {empty && (
        <p role="status" className="empty" data-testid="evidence-empty">
          Nothing in the names, quotes, notes or descriptions matches “{query}”. Try fewer words, the start of a word,
          or its French or English form.
        </p>
      )}
      {a && a.hits.length > 0 && (
        <section aria-label="Entities by name">
          <h3>Names</h3>
          <ul className="name-hits">
            {a.hits.map((h) => (
              <li key={h.id}>
                <button type="button" className="link" onClick={() => openEntity(h.id)}>
                  {h.name}
                </button>{" "}
                <span className="hit-type">{h.type}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {a && a.evidence.entities.length > 0 && (
        <section aria-label="Entities by description">
          <h3>Entities</h3>
          {a.evidence.entities.map((h) => (
            <div key={h.entity.id} className="evidence-hit" data-entity={h.entity.id}>
              <button type="button" className="link" onClick={() => openEntity(h.entity.id)}>
                {h.entity.name}
              </button>{" "}
              <span className="hit-type">{h.entity.type}</span>
              {h.passages.map((p, i) => (
                <PassageView key={i} p={p} documents={a.documents} />
              ))}
            </div>
          ))}
        </section>
      )}
      {a && a.evidence.relations.length > 0 && (
        <section aria-label="Relations">
          <h3>Relations</h3>
          {a.evidence.relations.map((h) => (
            <div key={h.relation.id} className="evidence-hit" data-relation={h.relation.id}>
              <button
                type="button"
                className="link relation-link"
                onClick={() => {
                  const ends = [h.relation.from.id, h.relation.to.id];
                  showNodes(ends);
                  highlightPath({ nodes: new Set(ends), edges: new Set([h.relation.id]) }, -1);
                  requestFrame(ends);
                }}
              >
                {h.relation.from.name} <strong>{h.relation.type}</strong> {h.relation.to.name}
              </button>
              {h.passages.map((p, i) => (
                <PassageView key={i} p={p} documents={a.documents} />
              ))}
            </div>
          ))}
        </section>
      )}
    </aside>
  );
}
