// Named state transitions, so components say what happened ("select", "chooseTool") rather
// than patching state by hand. Pure functions of the store; no graph writes here.
import type { ExplorerState, Filters, Highlight, Tool, ToolForms } from "./explorer.ts";
import { explorerStore as store } from "./explorer.ts";

export const select = (id: string | null): void => store.set({ selected: id });
export const hover = (id: string | null): void => store.set({ hovered: id });
// Opening Export keeps the analysis on screen (a leverage path, a route, a query result), so it
// can be exported; any other tool starts from a clean view.
export const chooseTool = (tool: Tool): void =>
  store.set(tool === "export" ? { tool } : { tool, highlight: null, forms: { ...store.get().forms, choice: -1 } });

export function setFilters(patch: Partial<Filters>): void {
  store.set((s) => ({ filters: { ...s.filters, ...patch } }));
}

export function toggleIn(set: ReadonlySet<string>, key: string): Set<string> {
  const next = new Set(set);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
}

export function setForms(patch: Partial<ToolForms>): void {
  store.set((s) => ({ forms: { ...s.forms, ...patch } }));
}

export function highlightPath(h: Highlight | null, choice: number): void {
  store.set((s) => ({ highlight: h, forms: { ...s.forms, choice } }));
}

/** Hides the given neighbours (never the entity itself). */
export function hideNodes(ids: string[], keep: string): void {
  store.set((s) => {
    const hidden = new Set(s.hidden);
    for (const id of ids) if (id !== keep) hidden.add(id);
    return { hidden };
  });
}

/** Brings nodes back into view: un-hides them and adds them to a scoped view. */
export function showNodes(ids: string[]): void {
  store.set((s) => {
    const hidden = new Set(s.hidden);
    for (const id of ids) hidden.delete(id);
    const scope = s.scope ? new Set([...s.scope, ...ids]) : null;
    return { hidden, scope };
  });
}

export function applyResultGraph(ids: string[], mode: "merge" | "replace", edges: string[]): void {
  store.set((s): Partial<ExplorerState> => {
    const highlight = { nodes: new Set(ids), edges: new Set(edges) };
    if (mode === "replace") return { scope: new Set(ids), hidden: new Set(), highlight };
    return { scope: s.scope ? new Set([...s.scope, ...ids]) : null, highlight };
  });
}

export const resetView = (): void => store.set({ scope: null, hidden: new Set(), highlight: null, selected: null });
