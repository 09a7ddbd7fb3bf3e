// Runs an async function when its key changes and tracks loading / error / value, ignoring
// answers that arrive after the key has moved on (no stale results on fast typing).
import { useCallback, useEffect, useRef, useState } from "react";
import { describeError } from "../api/http.ts";

export interface AsyncState<T> {
  value: T | null;
  loading: boolean;
  error: string | null;
}

export function useAsync<T>(fn: (() => Promise<T>) | null, key: string): AsyncState<T> & { reload: () => void } {
  const [state, setState] = useState<AsyncState<T>>({ value: null, loading: fn !== null, error: null });
  const [tick, setTick] = useState(0);
  const fnRef = useRef(fn);
  fnRef.current = fn;
  useEffect(() => {
    const run = fnRef.current;
    if (!run) {
      setState({ value: null, loading: false, error: null });
      return;
    }
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    run().then(
      (value) => live && setState({ value, loading: false, error: null }),
      (e: unknown) => live && setState({ value: null, loading: false, error: describeError(e) }),
    );
    return () => {
      live = false;
    };
  }, [key, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}
