// Exposes a small read-only view of the app state on window.__explorer, so browser tests
// can assert on state before pixels. It offers no way to change anything.
import { useEffect } from "react";
import { useKnowledgeGraph, useSigma } from "../state/dataContext.ts";
import { explorerStore } from "../state/explorer.ts";
import { isEdgeVisible, isNodeVisible } from "../graph/visibility.ts";
import { activeInWindow } from "../graph/timeWindow.ts";
import { lastExport } from "../export/lastExport.ts";

export interface ExplorerTestHook {
  readonly ready: boolean;
  readonly firstFrameMs: number | null;
  readonly order: number;
  readonly size: number;
  readonly visibleNodes: number;
  /** Relations the filters let through (type and year window), whatever their ends. */
  readonly visibleEdges: number;
  /** Nodes with a relation in the year window (the rest fade), null with no window. */
  readonly activeInWindow: number | null;
  readonly filters: { yearFrom: number | null; yearTo: number | null; includeUndated: boolean };
  readonly selected: string | null;
  readonly highlighted: { nodes: string[]; edges: string[] };
  readonly state: { tool: string; selected: string | null; scope: string[] | null; hidden: string[]; forms: object };
  readonly camera: { x: number; y: number; ratio: number };
  readonly lastExport: { kind: string; width: number; height: number } | null;
  /** Viewport position of a node, so tests can click it like a user would. */
  nodePosition(id: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __explorer?: ExplorerTestHook;
    __explorerFirstFrame?: number;
  }
}

export function TestHookController(): null {
  const sigma = useSigma();
  const { display } = useKnowledgeGraph();
  useEffect(() => {
    const hook: ExplorerTestHook = {
      ready: true,
      get firstFrameMs() {
        return window.__explorerFirstFrame ?? null;
      },
      order: display.order,
      size: display.size,
      get visibleNodes() {
        const s = explorerStore.get();
        return display.filterNodes((id, a) => isNodeVisible(id, a, s)).length;
      },
      get visibleEdges() {
        const s = explorerStore.get();
        return display.filterEdges((_e, a) => isEdgeVisible(a, s)).length;
      },
      get activeInWindow() {
        return activeInWindow(display, explorerStore.get())?.size ?? null;
      },
      get filters() {
        const { yearFrom, yearTo, includeUndated } = explorerStore.get().filters;
        return { yearFrom, yearTo, includeUndated };
      },
      get selected() {
        return explorerStore.get().selected;
      },
      get highlighted() {
        const h = explorerStore.get().highlight;
        return { nodes: h ? [...h.nodes] : [], edges: h ? [...h.edges] : [] };
      },
      get state() {
        const s = explorerStore.get();
        return {
          tool: s.tool,
          selected: s.selected,
          scope: s.scope && [...s.scope],
          hidden: [...s.hidden],
          forms: { ...s.forms },
        };
      },
      get camera() {
        const { x, y, ratio } = sigma.getCamera().getState();
        return { x, y, ratio };
      },
      get lastExport() {
        return lastExport.value;
      },
      nodePosition(id) {
        const d = sigma.getNodeDisplayData(id);
        if (!d) return null;
        const p = sigma.framedGraphToViewport(d);
        const r = sigma.getContainer().getBoundingClientRect();
        return { x: r.left + p.x, y: r.top + p.y };
      },
    };
    window.__explorer = Object.freeze(hook);
    return () => {
      delete window.__explorer;
    };
  }, [sigma, display]);
  return null;
}
