// Requests to frame some entities, from components outside the sigma tree (search). The
// camera controller is the only listener and the only code that moves the camera.
const listeners = new Set<(ids: string[]) => void>();

export function requestFrame(ids: string[]): void {
  for (const l of listeners) l(ids);
}

export function onFrameRequest(listener: (ids: string[]) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
