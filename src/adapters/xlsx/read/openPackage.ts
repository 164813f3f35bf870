import { OoxmlPackage } from "../package/OoxmlPackage";
import { ZipFormatError } from "../zip/ZipArchive";
import { compoundFileStreams, hasCompoundSignature } from "./compoundFileStreams";
import { readStructure, type WorkbookStructure } from "./readStructure";
import { UnreadableWorkbookError } from "./UnreadableWorkbookError";

const ZIP_SIGNATURE = [0x50, 0x4b];
const ODS_MIME = /^application\/vnd\.oasis\.opendocument\.spreadsheet/u;

/**
 * Opens a workbook file's bytes as a package and reads its structure, telling apart every kind of
 * file a user may give instead: password-protected, .xls, .ods, .xlsb, another zip or document,
 * damaged, empty.
 * @throws UnreadableWorkbookError
 */
export function openPackage(bytes: Uint8Array): { pkg: OoxmlPackage; structure: WorkbookStructure } {
  if (bytes.length === 0) throw new UnreadableWorkbookError("empty");
  if (hasCompoundSignature(bytes)) {
    const streams = (compoundFileStreams(bytes) ?? []).map((s) => s.toLowerCase());
    if (streams.includes("encryptedpackage") || streams.includes("encryptioninfo"))
      throw new UnreadableWorkbookError("encrypted");
    if (streams.includes("workbook") || streams.includes("book")) throw new UnreadableWorkbookError("xls");
    throw new UnreadableWorkbookError("not-workbook", "compound file");
  }
  if (!ZIP_SIGNATURE.every((b, i) => bytes[i] === b)) {
    // An HTML or XML "spreadsheet" saved with an .xls name, a CSV, a PDF: none is a workbook package.
    throw new UnreadableWorkbookError("not-workbook");
  }
  let pkg: OoxmlPackage;
  try {
    pkg = OoxmlPackage.read(bytes);
  } catch (error) {
    if (error instanceof ZipFormatError) throw new UnreadableWorkbookError("damaged", error.message);
    throw error;
  }
  const mimetype = safeText(pkg, "mimetype");
  if (mimetype !== null && ODS_MIME.test(mimetype.trim())) throw new UnreadableWorkbookError("ods");
  if (!pkg.has("[Content_Types].xml")) {
    throw new UnreadableWorkbookError("not-workbook", "zip without a workbook");
  }
  const structure = readStructure(pkg);
  return { pkg, structure };
}

function safeText(pkg: OoxmlPackage, path: string): string | null {
  try {
    return pkg.has(path) ? pkg.text(path) : null;
  } catch {
    return null;
  }
}
