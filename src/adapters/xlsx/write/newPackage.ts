import { NS } from "../package/xml";
import { OoxmlPackage } from "../package/OoxmlPackage";
import { CONTENT_TYPE } from "../package/contentTypes";
import { REL } from "../package/relationships";
import { MINIMAL_STYLES } from "./StyleSheetEditor";

/** The parts of a new, empty workbook (its sheets are added by the template). */
export function newPackage(): OoxmlPackage {
  const pkg = OoxmlPackage.empty();
  const declaration = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
  pkg.write(
    "[Content_Types].xml",
    `${declaration}<Types xmlns="${NS.contentTypes}"><Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/><Default Extension="xml" ContentType="${CONTENT_TYPE.xml}"/><Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE.workbook}"/><Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE.styles}"/></Types>`,
  );
  pkg.write(
    "_rels/.rels",
    `${declaration}<Relationships xmlns="${NS.packageRelationships}"><Relationship Id="rId1" Type="${REL.officeDocument}" Target="xl/workbook.xml"/></Relationships>`,
  );
  pkg.write(
    "xl/workbook.xml",
    `${declaration}<workbook xmlns="${NS.main}" xmlns:r="${NS.relationships}"><bookViews><workbookView/></bookViews><sheets/></workbook>`,
  );
  pkg.write(
    "xl/_rels/workbook.xml.rels",
    `${declaration}<Relationships xmlns="${NS.packageRelationships}"><Relationship Id="rId1" Type="${REL.styles}" Target="styles.xml"/></Relationships>`,
  );
  pkg.write("xl/styles.xml", MINIMAL_STYLES);
  return pkg;
}
