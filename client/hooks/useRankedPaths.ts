// Fetches ranked paths for a tool and keeps the highlight in step: when results arrive for a
// link that named a chosen path (?c=2), that path is highlighted again. Paths that list only
// nodes get their edges filled from the graph, so highlighting always covers the links.
import { useEffect } from "react";
import type { RankedPaths } from "../api/types.ts";
import type { GraphIndex } from "../graph/entityDetail.ts";
import { highlightPath } from "../state/actions.ts";
import { useKnowledgeGraph } from "../state/dataContext.ts";
import { explorerStore } from "../state/explorer.ts";
import { useAsync, type AsyncState } from "./useAsync.ts";

function fillEdges<T extends RankedPaths>(index: GraphIndex, r: T): T {
  const paths = r.paths.map((p) => {
    if (p.edges.length || p.nodes.length < 2) return p;
    const edges = p.nodes.slice(1).flatMap((to, i) => {
      const from = p.nodes[i];
      const e = (index.incident.get(from) ?? []).find((id) => {
        const x = index.edges.get(id)!;
        return (x.from === from && x.to === to) || (x.from === to && x.to === from);
      });
      return e ? [e] : [];
    });
    return { ...p, edges };
  });
  return { ...r, paths };
}

export function useRankedPaths<T extends RankedPaths>(fetcher: (() => Promise<T>) | null, key: string): AsyncState<T> {
  const { index } = useKnowledgeGraph();
  const result = useAsync(fetcher && (async () => fillEdges(index, await fetcher())), key);
  const value = result.value;
  useEffect(() => {
    if (!value) return;
    const { choice } = explorerStore.get().forms;
    const p = value.paths[choice];
    highlightPath(p ? { nodes: new Set(p.nodes), edges: new Set(p.edges) } : null, p ? choice : -1);
  }, [value]);
  return result;
}
