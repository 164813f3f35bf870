import { SheetNameTakenError, type WriteProgress, type WriteSheetsResult } from "../../../app/WorkbookPort";
import type { SheetSpec } from "../../../domain/layout/SheetSpec";
import { formatOwnerMark, ownerNoteText } from "../../../domain/layout/ownerMark";
import type { OfficeSettings } from "../OfficeSettings";
import { DEGRADED, printSetupByHand, type ManualStep } from "../degradation";
import { ownerInRow, queueWorkbookIdName, sheetWithFirstRow, workbookIdOf } from "../read/ownerMarks";
import { usesIndent } from "./applyCellStyle";
import { packOps, type QueuedOp } from "./packOps";
import { assertPicturesFit } from "./placeImages";
import { queueSheet, type SheetSlot } from "./queueSheet";
import { COMMAND_OVERHEAD_BYTES } from "./requestSize";
import { suspendUntilNextSync } from "./suspendUntilNextSync";
import { workbookIdFor } from "./workbookId";

/**
 * Writes generated sheets: 1 sync to check the targets, then one per ~4 MB of content (1 for
 * typical plans). A sheet of the same name that this tool generated (its mark sealed for this
 * workbook and sheet) is cleared and written in place. The first write gives the workbook its id.
 * @throws SheetNameTakenError when a target name belongs to a user's sheet (nothing is written)
 */
export async function writeSheets(
  context: Excel.RequestContext,
  specs: readonly SheetSpec[],
  stamp: { readonly generatedAt: string; readonly inputFingerprint: string | undefined },
  settings: OfficeSettings,
  random: () => Uint8Array,
  onProgress?: (progress: WriteProgress) => void,
): Promise<WriteSheetsResult> {
  const { capabilities } = settings;
  const names = specs.map((s) => s.name.toLowerCase());
  const duplicate = specs.find((s, i) => names.indexOf(s.name.toLowerCase()) !== i);
  if (duplicate) throw new RangeError(`Sheet "${duplicate.name}" is specified twice`);
  assertPicturesFit(specs, settings.budgetBytes);
  const targets = specs.map((spec) => {
    const found = sheetWithFirstRow(context, spec.name);
    // The pictures already there come in the check sync, so a rebuild can delete the ones it placed.
    const pictures = capabilities.images ? found.sheet.shapes.load("items/name") : null;
    return { spec, ...found, pictures };
  });
  const idName = queueWorkbookIdName(context);
  await context.sync();
  const before = workbookIdOf(idName);
  for (const target of targets) {
    if (target.sheet.isNullObject) continue;
    if (ownerInRow(target.firstRow, target.sheet.name, before) === null)
      throw new SheetNameTakenError(target.spec.name);
  }
  const workbookId = workbookIdFor(context, idName, random);

  const manualSteps: ManualStep[] = [];
  const ops: QueuedOp[] = [];
  const op = (bytes: number, apply: () => void): void => {
    ops.push({ bytes: bytes + COMMAND_OVERHEAD_BYTES, apply });
  };
  if (workbookId.create) op(0, workbookId.create);
  if (capabilities.toggleEvents) op(0, () => (context.runtime.enableEvents = false));
  for (const target of targets) {
    const replacing = !target.sheet.isNullObject;
    const pictures = replacing && target.pictures ? target.pictures.items : [];
    const slot: SheetSlot = { sheet: target.sheet, replacing, pictures };
    const { generatedAt, inputFingerprint } = stamp;
    const seal = { sheetName: replacing ? target.sheet.name : target.spec.name, workbookId: workbookId.id };
    const margin = {
      mark: formatOwnerMark(target.spec.owner, generatedAt, inputFingerprint, seal),
      note: inputFingerprint === undefined ? null : ownerNoteText(generatedAt, inputFingerprint),
    };
    queueSheet(op, slot, target.spec, margin, context.workbook.worksheets, settings);
    if (!capabilities.pageLayout) manualSteps.push(printSetupByHand(target.spec));
    if (!capabilities.cellProperties && Object.values(target.spec.styles).some(usesIndent)) {
      manualSteps.push({ code: DEGRADED.indent, sheet: target.spec.name, params: {} });
    }
  }
  if (capabilities.toggleEvents) op(0, () => (context.runtime.enableEvents = true));

  const batches = packOps(ops, settings.budgetBytes);
  try {
    for (const [index, batch] of batches.entries()) {
      suspendUntilNextSync(context, capabilities);
      for (const queued of batch) queued.apply();
      // Size-driven chunks: one request per ~4 MB, never per row (eslint no-context-sync-in-loop).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      onProgress?.({ done: index + 1, total: batches.length });
    }
  } catch (error) {
    if (capabilities.toggleEvents) {
      context.runtime.enableEvents = true;
      await context.sync().catch(() => undefined);
    }
    throw error;
  }
  return { manualSteps };
}
