import { parseRangeA1, type CellRect } from "../../../domain/grid/a1";
import { contentTypeOf } from "../package/contentTypes";
import type { OoxmlPackage } from "../package/OoxmlPackage";
import { isType, readRelationships, type Relationship } from "../package/relationships";
import { attr, childNamed, childrenNamed, parseXml, PartFormatError, rootOf } from "../package/xml";
import { UnreadableWorkbookError } from "./UnreadableWorkbookError";

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  /** The workbook relationship id (r:id) of the sheet. */
  readonly relationshipId: string;
  /** Part of the sheet; null when the relationship is missing (a damaged or odd file). */
  readonly part: string | null;
  readonly state: "visible" | "hidden" | "veryHidden";
  /** worksheet, chartsheet, dialogsheet or macrosheet (only worksheets hold cells we read). */
  readonly kind: string;
}

export interface TableEntry {
  readonly name: string;
  readonly part: string;
  /** The sheet that holds it (its name). */
  readonly sheet: string;
  readonly sheetPart: string;
  readonly range: CellRect;
  readonly headerRowCount: number;
  readonly totalsRowCount: number;
  readonly columns: readonly string[];
  readonly id: number;
}

export interface DefinedNameEntry {
  readonly name: string;
  /** 0-based position of the sheet the name belongs to; null = the whole workbook. */
  readonly localSheetId: number | null;
  readonly hidden: boolean;
  readonly formula: string;
}

/** What the reader needs to know of a workbook package before it reads any cell. */
export interface WorkbookStructure {
  readonly workbookPart: string;
  /** The main part's content type says macro-enabled (.xlsm/.xltm). */
  readonly macroEnabled: boolean;
  readonly strict: boolean;
  readonly sheets: readonly SheetEntry[];
  readonly tables: readonly TableEntry[];
  readonly definedNames: readonly DefinedNameEntry[];
  readonly sharedStringsPart: string | null;
  readonly stylesPart: string | null;
  readonly date1904: boolean;
  readonly workbookRelationships: readonly Relationship[];
}

const SPREADSHEET_MAIN =
  /spreadsheetml\.(sheet|template)\.main\+xml$|ms-excel\.(sheet|template)\.macroEnabled\.main\+xml$/u;
const BINARY_MAIN = /ms-excel\.sheet\.binary\.macroEnabled\.main$/u;

/**
 * Finds the workbook part, its sheets (in tab order), tables, defined names and the parts cells need
 * (shared strings, styles). Targets may be relative or package-absolute (openpyxl).
 * @throws UnreadableWorkbookError when the package is not a workbook, is binary (.xlsb) or is damaged
 */
export function readStructure(pkg: OoxmlPackage): WorkbookStructure {
  try {
    return readStructureOrThrow(pkg);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw error;
    throw new UnreadableWorkbookError("damaged", error instanceof Error ? error.message : String(error));
  }
}

function readStructureOrThrow(pkg: OoxmlPackage): WorkbookStructure {
  const main = readRelationships(pkg, "").find((r) => isType(r, "officeDocument") && !r.external);
  if (!main) throw new UnreadableWorkbookError("not-workbook", "no main document");
  const workbookPart = main.target;
  const contentType = contentTypeOf(pkg, workbookPart) ?? "";
  if (BINARY_MAIN.test(contentType)) throw new UnreadableWorkbookError("xlsb");
  if (!SPREADSHEET_MAIN.test(contentType) && !/workbook\.xml$/iu.test(workbookPart))
    throw new UnreadableWorkbookError("not-workbook", contentType);
  const text = pkg.text(workbookPart);
  if (text === null) throw new UnreadableWorkbookError("damaged", `missing ${workbookPart}`);
  const root = rootOf(parseXml(text, workbookPart));
  const strict = (root.namespaceURI ?? "").startsWith("http://purl.oclc.org/ooxml/");
  const relationships = readRelationships(pkg, workbookPart);
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = childrenNamed(childNamed(root, "sheets") ?? root, "sheet").map((sheet) => {
    const relationshipId = attr(sheet, "id") ?? "";
    const relationship = byId.get(relationshipId);
    const state = attr(sheet, "state");
    return {
      name: attr(sheet, "name") ?? "",
      sheetId: Number(attr(sheet, "sheetId") ?? 0),
      relationshipId,
      part:
        relationship && !relationship.external && pkg.has(relationship.target) ? relationship.target : null,
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
      kind: relationship?.type.split("/").pop() ?? "worksheet",
    };
  });
  const definedNames = childrenNamed(childNamed(root, "definedNames") ?? root, "definedName").map(
    (element) => {
      const local = attr(element, "localSheetId");
      return {
        name: attr(element, "name") ?? "",
        localSheetId: local === null ? null : Number(local),
        hidden: ["1", "true"].includes(attr(element, "hidden") ?? ""),
        formula: element.textContent ?? "",
      };
    },
  );
  const workbookPr = childNamed(root, "workbookPr");
  const date1904 = workbookPr !== null && ["1", "true"].includes(attr(workbookPr, "date1904") ?? "");
  const partOf = (kind: string): string | null => {
    const found = relationships.find((r) => isType(r, kind) && !r.external && pkg.has(r.target));
    return found ? found.target : null;
  };
  return {
    workbookPart,
    macroEnabled: /macroEnabled/iu.test(contentType),
    strict,
    sheets,
    tables: sheets.flatMap((sheet) => tablesOf(pkg, sheet)),
    definedNames,
    sharedStringsPart: partOf("sharedStrings"),
    stylesPart: partOf("styles"),
    date1904,
    workbookRelationships: relationships,
  };
}

function tablesOf(pkg: OoxmlPackage, sheet: SheetEntry): TableEntry[] {
  if (sheet.part === null || sheet.kind !== "worksheet") return [];
  const sheetPart = sheet.part;
  return readRelationships(pkg, sheetPart).flatMap((relationship) => {
    if (!isType(relationship, "table") || relationship.external) return [];
    const text = pkg.text(relationship.target);
    if (text === null) return [];
    const table = rootOf(parseXml(text, relationship.target));
    const range = parseRangeA1(attr(table, "ref") ?? "");
    if (!range) throw new PartFormatError(relationship.target, "table without a range");
    const columns = childrenNamed(childNamed(table, "tableColumns") ?? table, "tableColumn").map(
      (column) => attr(column, "name") ?? "",
    );
    const header = attr(table, "headerRowCount");
    const totals = attr(table, "totalsRowCount");
    return [
      {
        name: attr(table, "name") ?? attr(table, "displayName") ?? "",
        part: relationship.target,
        sheet: sheet.name,
        sheetPart,
        range,
        headerRowCount: header === null ? 1 : Number(header),
        totalsRowCount: totals === null ? 0 : Number(totals),
        columns,
        id: Number(attr(table, "id") ?? 0),
      },
    ];
  });
}
