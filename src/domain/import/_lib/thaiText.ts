import { arabicCellText } from "../../grid/cellText";
import type { CellValue } from "../../grid/CellValue";

/** Text with every space, dot and newline removed, for comparing header labels typed many ways. */
export function compactText(value: CellValue | undefined): string {
  return arabicCellText(value).replace(/[\s.]/gu, "");
}
