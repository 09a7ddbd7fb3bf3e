// Owns sigma's pointer events: hover sets `hovered`, a click selects an entity, a click on
// the empty stage clears the selection. The cursor shows when something is clickable.
import { useEffect } from "react";
import { hover, select } from "../state/actions.ts";
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
    sigma.on("clickStage", () => select(null));
    return () => {
      sigma.removeAllListeners("enterNode");
      sigma.removeAllListeners("leaveNode");
      sigma.removeAllListeners("clickNode");
      sigma.removeAllListeners("clickStage");
    };
  }, [sigma]);
  return null;
}
