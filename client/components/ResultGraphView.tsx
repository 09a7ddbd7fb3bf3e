// The graph view of a Cypher answer: its own small sigma canvas over the answer's nodes and
// relationships (layered left to right), with relationship types as edge labels. Clicking a
// node selects that entity in the explorer.
import { useEffect, useMemo, useRef } from "react";
import Sigma from "sigma";
import type { GraphData } from "../api/types.ts";
import { buildResultGraph, type ResultEdge, type ResultNode } from "../results/resultGraph.ts";
import { select } from "../state/actions.ts";

export function ResultGraphView({ graph }: { graph: GraphData }) {
  const container = useRef<HTMLDivElement>(null);
  const built = useMemo(() => buildResultGraph(graph), [graph]);
  useEffect(() => {
    if (!built.order) return;
    const sigma = new Sigma<ResultNode, ResultEdge>(built, container.current!, {
      allowInvalidContainer: true,
      defaultEdgeType: "arrow",
      renderEdgeLabels: true,
      labelRenderedSizeThreshold: 0,
      // A result is small: every node is named, whatever the label grid would thin out.
      nodeReducer: (_n, d) => ({ ...d, forceLabel: true }),
      edgeLabelSize: 11,
      labelFont: "system-ui, -apple-system, 'Segoe UI', sans-serif",
      edgeLabelFont: "system-ui, -apple-system, 'Segoe UI', sans-serif",
    });
    sigma.on("clickNode", ({ node }) => select(node));
    // The pane is resized by its splitter: keep the drawing fitted to the box.
    const observer = new ResizeObserver(() => sigma.refresh());
    observer.observe(container.current!);
    return () => {
      observer.disconnect();
      sigma.kill();
    };
  }, [built]);
  if (!built.order)
    return (
      <p className="hint results-empty">
        No nodes, relationships or paths in this result: the table and text views show its values.
      </p>
    );
  return (
    <div
      className="result-graph"
      ref={container}
      data-testid="result-graph"
      role="img"
      aria-label={`Result graph of ${built.order} nodes and ${built.size} relationships`}
    />
  );
}
