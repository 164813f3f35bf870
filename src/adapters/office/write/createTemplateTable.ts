import { rangeA1 } from "../../../domain/grid/a1";
import type { ListKey, TemplateTable } from "../../../domain/template/templateSpec";
import { TEMPLATE_HEADER_STYLE, TEMPLATE_NUMBER_FORMATS } from "../../../domain/template/templateStyles";
import type { OfficeCapabilities } from "../capabilities";
import { applyCellStyle } from "./applyCellStyle";
import { safeCellText } from "./safeCellText";

/**
 * Queues a template table at `top` (0-based row, column A) of a sheet: headers in the template's
 * header style, the columns' number formats on its body, its initial rows, and dropdowns on its
 * table columns. Returns the table.
 */
export function createTemplateTable(
  sheet: Excel.Worksheet,
  template: TemplateTable,
  top: number,
  capabilities: OfficeCapabilities,
  sourceOf: (key: ListKey) => string | null,
): Excel.Table {
  const bodyRows = Math.max(1, template.initialRows.length);
  const width = template.columns.length;
  const table = sheet.tables.add(rangeA1(top, 0, 1 + bodyRows, width), true);
  table.name = template.table;
  const header = table.getHeaderRowRange();
  header.values = [template.columns.map((c) => safeCellText(c.header))];
  applyCellStyle(header, TEMPLATE_HEADER_STYLE, {
    allowIndent: false,
    multiRow: false,
    multiColumn: width > 1,
  });
  const body = table.getDataBodyRange();
  // Formats go on the table's body columns first, so the table carries them to new rows.
  body.numberFormat = Array.from({ length: bodyRows }, () =>
    template.columns.map((c) => TEMPLATE_NUMBER_FORMATS[c.kind]),
  );
  if (template.initialRows.length > 0) {
    body.values = template.initialRows.map((row) =>
      template.columns.map((_, c) => safeCellText(row[c] ?? "")),
    );
  }
  if (capabilities.dataValidation) {
    template.columns.forEach((column, c) => {
      const source = column.list ? sourceOf(column.list) : null;
      if (source === null) return;
      // On the table column, not the cells below it: rows added under a table need DV-free cells.
      table.columns.getItemAt(c).getDataBodyRange().dataValidation.rule = {
        list: { inCellDropDown: true, source },
      };
    });
  }
  return table;
}
