// Which secondary views are open: the list of source documents (with the one a citation
// pointed at) and the relation whose evidence an edge click opened. Kept apart from the
// explorer state: neither belongs in a shared link, and Esc closes them.
import { useSyncExternalStore } from "react";
import { createStore } from "./store.ts";

interface Panels {
  /** Open documents list, and the document to bring into view ("" for none in particular). */
  documents: string | null;
  /** Id of the relation whose evidence is shown. */
  relation: string | null;
}

export const panels = createStore<Panels>({ documents: null, relation: null });

export const openDocuments = (focus = ""): void => panels.set({ documents: focus });
export const closeDocuments = (): void => panels.set({ documents: null });
export const openRelation = (id: string): void => panels.set({ relation: id });
export const closeRelation = (): void => panels.set({ relation: null });

export function usePanels<T>(selector: (p: Panels) => T): T {
  return useSyncExternalStore(panels.subscribe, () => selector(panels.get()));
}
