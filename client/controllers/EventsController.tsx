// Owns sigma's pointer events: hover sets `hovered`, a click selects an entity, a click on an
// edge opens its relation's evidence, a click on the empty stage clears the selection and
// closes that evidence. The cursor shows when something is clickable.
import { useEffect } from "react";
import { highlightPath, hover, select } from "../state/actions.ts";
import { closeRelation, openRelation } from "../state/panels.ts";
import { useSigma } from "../state/dataContext.ts";

export function EventsController(): null {
  const sigma = useSigma();
  useEffect(() => {
    const container = sigma.getContainer();
    sigma.on("enterNode", ({ node }) => {
      hover(node);
      container.style.cursor = "pointer";
    });
    sigma.on("leaveNode", () => {
      hover(null);
      container.style.cursor = "";
    });
    sigma.on("clickNode", ({ node }) => select(node));
    sigma.on("clickStage", () => {
      select(null);
      closeRelation();
    });
    // An edge click opens that relation's evidence (the entity panel gives way to it).
    sigma.on("clickEdge", ({ edge }) => {
      select(null);
      openRelation(edge);
      const [from, to] = sigma.getGraph().extremities(edge);
      highlightPath({ nodes: new Set([from, to]), edges: new Set([edge]) }, -1);
    });
    sigma.on("enterEdge", () => (container.style.cursor = "pointer"));
    sigma.on("leaveEdge", () => (container.style.cursor = ""));
    return () => {
      sigma.removeAllListeners("enterNode");
      sigma.removeAllListeners("leaveNode");
      sigma.removeAllListeners("clickNode");
      sigma.removeAllListeners("clickStage");
      sigma.removeAllListeners("clickEdge");
      sigma.removeAllListeners("enterEdge");
      sigma.removeAllListeners("leaveEdge");
    };
  }, [sigma]);
  return null;
}
