// The saved analyst queries, one click away: a query without parameters runs at once; one
// with parameters opens a form built from its descriptor (QueryForm).
import { useState } from "react";
import { fetchSavedQueries, runSavedQuery } from "../api/endpoints.ts";
import type { CypherResult, SavedQuery } from "../api/types.ts";
import { useAsync } from "../hooks/useAsync.ts";
import { QueryForm } from "./QueryForm.tsx";

export function SavedQueries({ onRun }: { onRun: (exec: () => Promise<CypherResult>, title: string) => void }) {
  const queries = useAsync(fetchSavedQueries, "saved");
  const [open, setOpen] = useState<SavedQuery | null>(null);
  const choose = (q: SavedQuery) => {
    if (q.params.length) setOpen(open?.id === q.id ? null : q);
    else onRun(() => runSavedQuery(q.id, {}), q.title);
  };
  return (
    <section className="saved-queries" aria-labelledby="saved-title">
      <h3 id="saved-title">Saved analyst queries</h3>
      {queries.loading && <p role="status">Loading saved queries…</p>}
      {queries.error && (
        <p role="alert" className="error">
          Saved queries are unavailable: {queries.error}
        </p>
      )}
      {queries.value?.length === 0 && <p>No saved queries on this server.</p>}
      <ul>
        {queries.value?.map((q) => (
          <li key={q.id}>
            <button
              type="button"
              className="saved"
              onClick={() => choose(q)}
              aria-expanded={q.params.length ? open?.id === q.id : undefined}
              data-query={q.id}
            >
              {q.title}
            </button>
            {q.description && <p className="hint">{q.description}</p>}
            {open?.id === q.id && (
              <QueryForm query={q} onSubmit={(params) => onRun(() => runSavedQuery(q.id, params), q.title)} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
