// Owns the camera: restores it from the URL (load, back/forward), writes it back while the
// analyst pans and zooms (debounced, no history entries), and frames a highlighted path or a
// newly selected entity with its neighbours.
import { useEffect } from "react";
import { fitNodes } from "../graph/camera.ts";
import { urlCamera, writeCamera } from "../hooks/useUrlSync.ts";
import { useSigma } from "../state/dataContext.ts";
import { explorerStore } from "../state/explorer.ts";
import { onFrameRequest } from "../state/cameraRequests.ts";

export function CameraController(): null {
  const sigma = useSigma();
  useEffect(() => {
    const camera = sigma.getCamera();
    const apply = (c: ReturnType<typeof urlCamera.get>) =>
      c ? camera.setState(c) : camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    const initial = urlCamera.get();
    if (initial) camera.setState(initial);
    const offUrl = urlCamera.subscribe(apply);

    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const { x, y, ratio } = camera.getState();
        writeCamera({ x, y, ratio });
      }, 400);
    };
    camera.on("updated", onUpdate);

    const offStore = explorerStore.subscribe((s, prev) => {
      if (s.highlight && s.highlight !== prev.highlight && s.highlight.nodes.size) fitNodes(sigma, s.highlight.nodes);
      // A newly selected entity is framed with its neighbours, so its context stays on screen.
      else if (s.selected && s.selected !== prev.selected && sigma.getGraph().hasNode(s.selected))
        fitNodes(sigma, [s.selected, ...sigma.getGraph().neighbors(s.selected)]);
    });
    const offFrame = onFrameRequest((ids) => fitNodes(sigma, ids));
    return () => {
      offFrame();
      clearTimeout(timer);
      camera.off("updated", onUpdate);
      offUrl();
      offStore();
    };
  }, [sigma]);
  return null;
}
