// The Cypher queries the analyst ran, newest first, kept in localStorage so they survive a
// reload. A query run again moves to the top instead of being listed twice. Storage that is
// full, disabled or holding something else is treated as an empty history, never an error.
import { createStore } from "./store.ts";

export interface HistoryEntry {
  query: string;
  /** ms since the epoch */
  at: number;
  /** Row count of the run, or null when it failed. */
  rows: number | null;
}

export const HISTORY_KEY = "kz-explorer.cypher-history";
export const HISTORY_LIMIT = 50;

function isEntry(v: unknown): v is HistoryEntry {
  const o = v as HistoryEntry;
  return (
    typeof o === "object" &&
    o !== null &&
    typeof o.query === "string" &&
    typeof o.at === "number" &&
    (o.rows === null || typeof o.rows === "number")
  );
}

export function loadHistory(storage: Pick<Storage, "getItem"> | undefined): HistoryEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(HISTORY_KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter(isEntry).slice(0, HISTORY_LIMIT) : [];
  } catch {
    return [];
  }
}

/** The history with `entry` on top, its earlier runs removed, cut to the limit. */
export function withEntry(history: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const query = entry.query.trim();
  return [{ ...entry, query }, ...history.filter((h) => h.query.trim() !== query)].slice(0, HISTORY_LIMIT);
}

const storage = (): Storage | undefined => (typeof localStorage === "undefined" ? undefined : localStorage);

export const historyStore = createStore<{ entries: HistoryEntry[] }>({ entries: loadHistory(storage()) });

export function recordQuery(entry: HistoryEntry): void {
  const entries = withEntry(historyStore.get().entries, entry);
  historyStore.set({ entries });
  try {
    storage()?.setItem(HISTORY_KEY, JSON.stringify(entries));
  } catch {
    // A full or disabled storage keeps the history for this page only.
  }
}

export function clearHistory(): void {
  historyStore.set({ entries: [] });
  try {
    storage()?.removeItem(HISTORY_KEY);
  } catch {
    // Nothing to clear.
  }
}
