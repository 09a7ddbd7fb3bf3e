// Owns sigma's node and edge reducers: filters, hover, selection, dimming and path
// highlighting are all applied here at render time from UI state; the graph is never written.
import { useEffect } from "react";
import type { NodeDisplayData, EdgeDisplayData } from "sigma/types";
import { computeFocus, hoverFocuses, type Focus } from "../graph/focus.ts";
import { activeInWindow } from "../graph/timeWindow.ts";
import { DIM_EDGE, DIM_NODE, HIGHLIGHT_EDGE } from "../graph/palette.ts";
import { isEdgeVisible, isNodeVisible } from "../graph/visibility.ts";
import { useSigma } from "../state/dataContext.ts";
import { explorerStore, type ExplorerState } from "../state/explorer.ts";

const FOCUS_EDGE = "#5b6675";

/** State fields whose change needs the spatial index rebuilt (visibility), not just a redraw. */
const changesVisibility = (a: ExplorerState, b: ExplorerState) =>
  a.filters !== b.filters || a.hidden !== b.hidden || a.scope !== b.scope;

export function ReducersController(): null {
  const sigma = useSigma();
  useEffect(() => {
    const graph = sigma.getGraph();
    let focus: Focus | null = computeFocus(graph, explorerStore.get());
    // Nodes with a relation in the timeline's year window (null: no window, all active).
    let inWindow = activeInWindow(graph, explorerStore.get());

    sigma.setSetting("nodeReducer", (node, data): Partial<NodeDisplayData> => {
      const s = explorerStore.get();
      if (!isNodeVisible(node, data, s)) return { ...data, hidden: true };
      const res: Partial<NodeDisplayData> = { ...data };
      if (inWindow && !inWindow.has(node)) Object.assign(res, { color: DIM_NODE, label: "", zIndex: 0 });
      if (focus && !focus.nodes.has(node)) {
        res.color = DIM_NODE;
        res.label = "";
        res.zIndex = 0;
      } else if (focus) {
        res.forceLabel = true;
        res.zIndex = 1;
      }
      if (node === s.selected) Object.assign(res, { highlighted: true, forceLabel: true, zIndex: 2 });
      return res;
    });

    sigma.setSetting("edgeReducer", (edge, data): Partial<EdgeDisplayData> => {
      const s = explorerStore.get();
      const [from, to] = graph.extremities(edge);
      const visible =
        isEdgeVisible(data, s) &&
        isNodeVisible(from, graph.getNodeAttributes(from), s) &&
        isNodeVisible(to, graph.getNodeAttributes(to), s);
      if (!visible) return { ...data, hidden: true };
      if (!focus) return data;
      if (!focus.edges.has(edge)) return { ...data, color: DIM_EDGE, zIndex: 0 };
      // A weighted highlight (levers by share) draws width 1.5 (no share documented) to 9 (the whole flow).
      const weight = s.highlight?.weights?.get(edge);
      const size = focus.strong ? (weight !== undefined ? 1.5 + 7.5 * weight : 3) : 1.5;
      return { ...data, color: focus.strong ? HIGHLIGHT_EDGE : FOCUS_EDGE, size, zIndex: 1 };
    });

    const watchHover = hoverFocuses(graph);
    const unsubscribe = explorerStore.subscribe((s, prev) => {
      const visibility = changesVisibility(s, prev);
      const hoverChanged = watchHover && s.hovered !== prev.hovered;
      if (!visibility && !hoverChanged && s.selected === prev.selected && s.highlight === prev.highlight) return;
      focus = computeFocus(graph, s);
      if (visibility) inWindow = activeInWindow(graph, s);
      sigma.refresh({ skipIndexation: !visibility });
    });
    return () => {
      unsubscribe();
      sigma.setSetting("nodeReducer", null);
      sigma.setSetting("edgeReducer", null);
    };
  }, [sigma]);
  return null;
}
