// The evidence search the side panel shows: the query the analyst submitted from the search
// box, or null when the results are closed. Kept apart from the explorer state: it is not part
// of a shared link, and Esc closes it.
import { useSyncExternalStore } from "react";
import { createStore } from "./store.ts";

export const evidenceSearch = createStore<{ query: string | null }>({ query: null });

export const openEvidenceSearch = (query: string): void => evidenceSearch.set({ query: query.trim() || null });
export const closeEvidenceSearch = (): void => evidenceSearch.set({ query: null });

export function useEvidenceQuery(): string | null {
  return useSyncExternalStore(evidenceSearch.subscribe, () => evidenceSearch.get().query);
}
