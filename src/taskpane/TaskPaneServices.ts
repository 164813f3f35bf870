import type { AppServices } from "../app/AppServices";

/** One step of an edition's procedure with its deadline (shape of the editions domain's timeline). */
export interface TimelineStep {
  readonly step: string;
  readonly date: string | null;
  readonly dueDate: string | null;
  readonly status: "done" | "late" | "missing" | "pending";
}

/**
 * AppServices plus what the pane can show when the composition root provides it: each extra is optional
 * so a plain AppServices still works (the pane then hides the timeline / stale warning).
 */
export interface TaskPaneServices extends AppServices {
  timeline?(edition: string): Promise<readonly TimelineStep[]>;
  /** Calls `listener` when the input tables change; returns the unsubscribe. */
  onInputChanged?(listener: () => void): () => void;
}
