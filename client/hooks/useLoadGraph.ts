// Loads what the explorer starts from: the API's meta and whole graph (or, with
// ?synthetic=N, a generated bench graph), then its stable layout, reporting each stage so the
// loading screen can say what is happening.
import { useEffect, useState } from "react";
import { fetchGraph, fetchMeta } from "../api/endpoints.ts";
import { describeError } from "../api/http.ts";
import type { Meta } from "../api/types.ts";
import { buildDisplayGraph } from "../graph/displayGraph.ts";
import { indexGraph } from "../graph/entityDetail.ts";
import { withoutMentions } from "../graph/documents.ts";
import { computeLayout } from "../graph/layout.ts";
import { syntheticGraph } from "../graph/synthetic.ts";
import type { KnowledgeGraph } from "../state/dataContext.ts";

export type LoadState =
  | { stage: "loading" | "layout"; message: string }
  | { stage: "error"; message: string }
  | { stage: "ready"; graph: KnowledgeGraph };

async function load(report: (s: LoadState) => void): Promise<KnowledgeGraph> {
  const synthetic = Number(new URLSearchParams(location.search).get("synthetic"));
  if (synthetic > 0) {
    const { data, positions } = syntheticGraph(synthetic);
    return { data, index: indexGraph(data), meta: null, display: buildDisplayGraph(data, positions) };
  }
  report({ stage: "loading", message: "Loading the knowledge graph…" });
  const [data, meta] = await Promise.all([fetchGraph(), fetchMeta().catch((): Meta | null => null)]);
  report({
    stage: "layout",
    message: `Laying out ${data.nodes.length} entities and ${data.edges.length} relationships…`,
  });
  const positions = await computeLayout(withoutMentions(data));
  return { data, index: indexGraph(data), meta, display: buildDisplayGraph(data, positions) };
}

export function useLoadGraph(): LoadState {
  const [state, setState] = useState<LoadState>({ stage: "loading", message: "Loading the knowledge graph…" });
  useEffect(() => {
    let live = true;
    load((s) => live && setState(s)).then(
      (graph) => live && setState({ stage: "ready", graph }),
      (e: unknown) =>
        live && setState({ stage: "error", message: `The graph could not be loaded: ${describeError(e)}` }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
