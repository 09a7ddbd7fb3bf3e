// React contexts for what the whole tree reads but rarely changes: the knowledge graph (data
// graph with evidence, its index and the API's meta) and the sigma instance once mounted.
import { createContext, useContext } from "react";
import type Sigma from "sigma";
import type { GraphData, Meta } from "../api/types.ts";
import type { DisplayEdge, DisplayGraph, DisplayNode } from "../graph/displayGraph.ts";
import type { GraphIndex } from "../graph/entityDetail.ts";

export interface KnowledgeGraph {
  data: GraphData;
  index: GraphIndex;
  meta: Meta | null;
  display: DisplayGraph;
}

export type ExplorerSigma = Sigma<DisplayNode, DisplayEdge>;

export const KnowledgeGraphContext = createContext<KnowledgeGraph | null>(null);
export const SigmaContext = createContext<ExplorerSigma | null>(null);

export function useKnowledgeGraph(): KnowledgeGraph {
  const kg = useContext(KnowledgeGraphContext);
  if (!kg) throw new Error("useKnowledgeGraph outside KnowledgeGraphContext");
  return kg;
}

/** The sigma instance, or null while the graph is not drawn yet (for panels outside the graph). */
export const useMaybeSigma = (): ExplorerSigma | null => useContext(SigmaContext);

export function useSigma(): ExplorerSigma {
  const sigma = useContext(SigmaContext);
  if (!sigma) throw new Error("useSigma outside SigmaContext");
  return sigma;
}
