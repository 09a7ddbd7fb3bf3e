// Zoom in, zoom out and fit buttons over the graph (keyboard-reachable twins of wheel/drag).
import { resetCamera } from "../graph/camera.ts";
import { useSigma } from "../state/dataContext.ts";

export function GraphControls() {
  const sigma = useSigma();
  const camera = sigma.getCamera();
  return (
    <div className="graph-controls" role="toolbar" aria-label="Zoom">
      <button type="button" onClick={() => camera.animatedZoom({ duration: 200 })} aria-label="Zoom in" title="Zoom in">
        +
      </button>
      <button
        type="button"
        onClick={() => camera.animatedUnzoom({ duration: 200 })}
        aria-label="Zoom out"
        title="Zoom out"
      >
        −
      </button>
      <button type="button" onClick={() => resetCamera(sigma)} aria-label="Fit the graph to the view" title="Fit">
        ⤢
      </button>
    </div>
  );
}
