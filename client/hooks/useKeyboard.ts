// Global shortcuts: "/" focuses search from anywhere except a text field; Esc closes the open
// side panel — the entity panel first, then a relation's evidence, then the search results —
// also from the search box itself once its suggestion list is closed (the list takes Esc
// first), so a search can be dismissed without the mouse. Other text fields keep Esc.
import { useEffect } from "react";
import { closeEvidenceSearch, evidenceSearch } from "../state/evidenceSearch.ts";
import { explorerStore } from "../state/explorer.ts";
import { closeRelation, panels } from "../state/panels.ts";

const isTyping = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName));

export function closeTopPanel(): void {
  if (explorerStore.get().selected) explorerStore.set({ selected: null, hovered: null });
  else if (panels.get().relation !== null) closeRelation();
  else if (evidenceSearch.get().query !== null) closeEvidenceSearch();
  else explorerStore.set({ hovered: null });
}

export function useKeyboard(searchId: string): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "/" && !isTyping(e.target) && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        document.getElementById(searchId)?.focus();
      } else if (e.key === "Escape" && (!isTyping(e.target) || (e.target as HTMLElement).id === searchId)) {
        closeTopPanel();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [searchId]);
}
