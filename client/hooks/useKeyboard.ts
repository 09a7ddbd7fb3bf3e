// Global shortcuts: "/" focuses search (unless typing in a field), Esc clears the selection
// and any highlighted path.
import { useEffect } from "react";
import { explorerStore } from "../state/explorer.ts";

const isTyping = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName));

export function useKeyboard(searchId: string): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "/" && !isTyping(e.target) && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        document.getElementById(searchId)?.focus();
      } else if (e.key === "Escape" && !isTyping(e.target)) {
        explorerStore.set({ selected: null, hovered: null });
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [searchId]);
}
