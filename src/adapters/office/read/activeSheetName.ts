/** 1 sync: the name of the sheet the user is on. */
export async function activeSheetName(context: Excel.RequestContext): Promise<string> {
  const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
  await context.sync();
  return sheet.name;
}
