import { useCallback, useEffect, useRef } from "react";
import { type AsyncAction, useAsyncAction } from "./useAsyncAction";

/**
 * An action over the edition chosen in the header (null: all editions), run at once and again
 * whenever the edition changes, also one changed while a run was going (run() ignored that one).
 * `reload` runs it again for the same edition.
 */
export function useEditionAction<R>(
  action: (edition: string | null) => Promise<R>,
  edition: string | null,
): AsyncAction<[string | null], R> & { readonly reload: () => void } {
  const load = useAsyncAction(action);
  const { run, state } = load;
  // The edition last asked for; undefined = nothing asked yet (null means all editions).
  const requested = useRef<string | null | undefined>(undefined);
  const calculate = useCallback(
    (chosen: string | null) => {
      requested.current = chosen;
      void run(chosen);
    },
    [run],
  );
  useEffect(() => {
    if (state.status !== "running" && requested.current !== edition) calculate(edition);
  }, [calculate, edition, state.status]);
  return { ...load, reload: () => calculate(edition) };
}
