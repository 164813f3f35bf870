import type { OfficeCapabilities } from "./capabilities";

/** What every operation of the adapter is given: what this Excel can do, and the request budget. */
export interface OfficeSettings {
  readonly capabilities: OfficeCapabilities;
  /** Largest request (and planned response) to send; Excel on the web refuses either over 5 MB. */
  readonly budgetBytes: number;
}
