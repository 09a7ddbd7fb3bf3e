// Keeps the URL and the explorer state in step: state changes write the query string
// (pushState for navigation, replaceState for the rest) and back/forward restore the state.
import { useEffect } from "react";
import { explorerStore } from "../state/explorer.ts";
import { decodeState, encodeState, isNavigation, type CameraState } from "../state/urlState.ts";

let camera: CameraState | null = null;
const cameraListeners = new Set<(c: CameraState | null) => void>();

/** The camera read from the URL at load or on back/forward; the camera controller applies it. */
export const urlCamera = {
  get: () => camera,
  subscribe(l: (c: CameraState | null) => void) {
    cameraListeners.add(l);
    return () => cameraListeners.delete(l);
  },
};

function write(push: boolean): void {
  const qs = encodeState(explorerStore.get(), camera);
  const url = `${location.pathname}${qs ? "?" + qs : ""}`;
  if (url === location.pathname + location.search) return;
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
}

/** Called by the camera controller (debounced); never makes a history entry. */
export function writeCamera(c: CameraState): void {
  camera = c;
  write(false);
}

export function restoreFromUrl(): void {
  const { state, camera: cam } = decodeState(location.search);
  camera = cam;
  explorerStore.set(state);
  for (const l of cameraListeners) l(cam);
}

export function useUrlSync(): void {
  useEffect(() => {
    let restoring = false;
    const unsubscribe = explorerStore.subscribe((s, prev) => {
      if (!restoring) write(isNavigation(s, prev));
    });
    const onPop = () => {
      restoring = true;
      restoreFromUrl();
      restoring = false;
    };
    window.addEventListener("popstate", onPop);
    return () => {
      unsubscribe();
      window.removeEventListener("popstate", onPop);
    };
  }, []);
}
