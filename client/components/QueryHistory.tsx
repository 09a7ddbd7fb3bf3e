// The queries run before (kept across reloads): one click puts a query back in the editor.
// Each entry says when it ran and how many rows it gave, or that it failed.
import { useSyncExternalStore } from "react";
import "../styles/results.css";
import { clearHistory, historyStore } from "../state/queryHistory.ts";

const when = (at: number): string =>
  new Date(at).toLocaleString("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

export function QueryHistory({ onLoad }: { onLoad: (query: string) => void }) {
  const { entries } = useSyncExternalStore(historyStore.subscribe, historyStore.get);
  return (
    <details className="query-history" data-testid="query-history">
      <summary>History ({entries.length})</summary>
      {entries.length === 0 ? (
        <p className="hint">Queries you run are listed here, newest first, and kept in this browser.</p>
      ) : (
        <>
          <ol>
            {entries.map((h) => (
              <li key={`${h.at}-${h.query}`}>
                <button type="button" className="history-entry" onClick={() => onLoad(h.query)} title={h.query}>
                  <code>{h.query}</code>
                </button>
                <span className="hint">
                  {when(h.at)} · {h.rows === null ? "failed" : `${h.rows} row${h.rows === 1 ? "" : "s"}`}
                </span>
              </li>
            ))}
          </ol>
          <button type="button" className="link" onClick={clearHistory}>
            Clear history
          </button>
        </>
      )}
    </details>
  );
}
