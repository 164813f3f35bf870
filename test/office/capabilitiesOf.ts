import {
  detectCapabilities,
  type IsSetSupported,
  type OfficeCapabilities,
} from "../../src/adapters/office/capabilities";

/** The ExcelApi versions the tests and the benchmark run the adapter at. */
export type ExcelApiVersion = "1.6" | "1.7" | "1.8" | "1.9" | "1.13";

/** `isSetSupported` of an Excel with exactly this ExcelApi version. */
export function supportsUpTo(version: ExcelApiVersion): IsSetSupported {
  const minor = Number(version.split(".")[1]);
  return (name, min) => name === "ExcelApi" && Number((min ?? "1.1").split(".")[1]) <= minor;
}

/** Capabilities of a given ExcelApi version, for tests and the benchmark. */
export function capabilitiesOf(version: ExcelApiVersion): OfficeCapabilities {
  return detectCapabilities(supportsUpTo(version));
}
