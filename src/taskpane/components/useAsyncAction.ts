import { useCallback, useEffect, useRef, useState } from "react";

export type AsyncState<R> =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | { readonly status: "done"; readonly result: R }
  | { readonly status: "failed"; readonly error: unknown };

export interface AsyncAction<A extends unknown[], R> {
  readonly state: AsyncState<R>;
  readonly running: boolean;
  /** Starts the action unless it is already running (a second click is ignored, not queued). */
  readonly run: (...args: A) => Promise<void>;
  readonly reset: () => void;
}

/** Runs one workbook action at a time and keeps its outcome (result or error) as state. */
export function useAsyncAction<A extends unknown[], R>(
  action: (...args: A) => Promise<R>,
): AsyncAction<A, R> {
  const [state, setState] = useState<AsyncState<R>>({ status: "idle" });
  const busy = useRef(false);
  const latest = useRef(action);
  const mounted = useRef(true);
  latest.current = action;
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (...args: A) => {
    // A ref, not state: two clicks in the same tick must still start only one run.
    if (busy.current) return;
    busy.current = true;
    setState({ status: "running" });
    try {
      const result = await latest.current(...args);
      if (mounted.current) setState({ status: "done", result });
    } catch (error) {
      if (mounted.current) setState({ status: "failed", error });
    } finally {
      busy.current = false;
    }
  }, []);
  const reset = useCallback(() => setState({ status: "idle" }), []);
  return { state, running: state.status === "running", run, reset };
}
