import { arabicCellText } from "../../grid/cellText";
import type { CellValue } from "../../grid/CellValue";
import { matchKey } from "../../text/matchKey";

/** A cell's matchKey without dots, for comparing header labels typed many ways. */
export function compactText(value: CellValue | undefined): string {
  return matchKey(arabicCellText(value)).replace(/\./gu, "");
}
