import { templateLists } from "../domain/catalog/templateLists";
import { TEMPLATE_TABLES } from "../domain/template/templateSpec";
import type { TemplateReport, WorkbookPort } from "./WorkbookPort";

/** Adds the missing template sheets and tables with their dropdown lists; keeps what exists. */
export async function insertTemplate(port: WorkbookPort): Promise<TemplateReport> {
  return port.insertTemplate(TEMPLATE_TABLES, templateLists());
}
