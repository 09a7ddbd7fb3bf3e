// Keeps sigma's canvas the size of its box. Sigma follows window resizes only; panes opening
// under the graph (query results, the timeline) change the box without one, and the canvas
// would then spill over what sits below it.
import { useEffect } from "react";
import { useSigma } from "../state/dataContext.ts";

export function ResizeController(): null {
  const sigma = useSigma();
  useEffect(() => {
    const container = sigma.getContainer();
    let last = `${container.clientWidth}x${container.clientHeight}`;
    const observer = new ResizeObserver(() => {
      const size = `${container.clientWidth}x${container.clientHeight}`;
      if (size === last) return;
      last = size;
      sigma.refresh();
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [sigma]);
  return null;
}
