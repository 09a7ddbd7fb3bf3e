// Subscribes a component to one slice of the explorer state; it re-renders only when that
// slice changes (compared with Object.is).
import { useSyncExternalStore } from "react";
import { explorerStore, type ExplorerState } from "../state/explorer.ts";

export function useExplorer<T>(selector: (s: ExplorerState) => T): T {
  return useSyncExternalStore(explorerStore.subscribe, () => selector(explorerStore.get()));
}
