// Mounts sigma on the display graph and hands the instance up (the app provides it to the
// tools as context); the controllers and overlays given as children render once it exists.
// Recreated only when the display graph itself changes (a new data graph).
import { useContext, useEffect, useRef, type ReactNode } from "react";
import Sigma from "sigma";
import { explorerSettings } from "../graph/sigmaSettings.ts";
import { SigmaContext, useKnowledgeGraph, type ExplorerSigma } from "../state/dataContext.ts";

export function GraphView({ children, onSigma }: { children: ReactNode; onSigma: (s: ExplorerSigma | null) => void }) {
  const { display } = useKnowledgeGraph();
  const container = useRef<HTMLDivElement>(null);
  const sigma = useContext(SigmaContext);

  useEffect(() => {
    const instance: ExplorerSigma = new Sigma(display, container.current!, explorerSettings(display.size));
    // Sigma draws synchronously in its constructor; the next frame is the first one on screen.
    requestAnimationFrame(() => (window.__explorerFirstFrame ??= performance.now()));
    onSigma(instance);
    return () => {
      onSigma(null);
      instance.kill();
    };
  }, [display, onSigma]);

  return (
    <section className="graph-view" aria-label="Graph view">
      <div
        className="graph-canvas"
        ref={container}
        role="img"
        aria-label={`Knowledge graph of ${display.order} entities and ${display.size} relationships`}
        data-testid="graph"
      />
      {display.order === 0 && (
        <p className="graph-empty">The knowledge graph is empty: the server has no entities yet.</p>
      )}
      {sigma && children}
    </section>
  );
}
