import { OfficeMockObject } from "office-addin-mock";
import { capabilitiesOf } from "../../../../office/capabilitiesOf";
import { OfficeWorkbook } from "../../../../../src/adapters/office/OfficeWorkbook";
import type { ExcelRunner } from "../../../../../src/adapters/office/OfficeWorkbook";

// office-addin-mock needs only OfficeApp from office-addin-manifest, whose ESM dependencies jest cannot load.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));

/**
 * office-addin-mock returns "Error, property was not loaded" for any property read without
 * load + sync; these tests would see that sentinel in the result if readTables skipped a load.
 */
function projectsTableMock(): OfficeMockObject {
  const mock = new OfficeMockObject({
    workbook: {
      tables: {
        projects: {
          worksheet: {
            name: "โครงการ",
            // The sheet's tables as loaded items; `map` stands in for the array office-addin-mock cannot model.
            tables: {
              items: {
                name: "Projects",
                map<T>(this: OfficeMockObject, visit: (item: { name: string }) => T): T[] {
                  return [visit({ name: this["name"] as string })];
                },
              },
            },
          },
          header: {
            values: [["ที่", "โครงการ"]],
            address: "'โครงการ'!$B$3:$C$3",
            getRowsBelow(this: OfficeMockObject) {
              return this;
            },
          },
          body: {
            rowCount: 1,
            columnCount: 2,
            first: { values: [["1", "ซ่อมถนน"]], valueTypes: [["String", "String"]] },
            getIntersectionOrNullObject(this: OfficeMockObject) {
              return this["first"];
            },
          },
          whole: {
            rowCount: 2,
            below: {
              used: { values: [], valueTypes: [], rowIndex: 0, rowCount: 0, columnIndex: 0, columnCount: 0 },
              getUsedRangeOrNullObject(this: OfficeMockObject) {
                return this["used"];
              },
            },
            getRowsBelow(this: OfficeMockObject) {
              return this["below"];
            },
          },
          getHeaderRowRange(this: OfficeMockObject) {
            return this["header"];
          },
          getDataBodyRange(this: OfficeMockObject) {
            return this["body"];
          },
          getRange(this: OfficeMockObject) {
            return this["whole"];
          },
        },
        getItemOrNullObject(this: OfficeMockObject, name: string) {
          return name === "Projects" ? this["projects"] : undefined;
        },
      },
    },
  });
  // isNullObject needs no load in Office.js; set it as a plain property outside the mock's load model.
  const projects = mock["workbook"]["tables"]["projects"];
  projects.isNullObject = false;
  projects["body"]["first"].isNullObject = false;
  projects["whole"]["below"]["used"].isNullObject = true;
  return mock;
}

const runOn =
  (context: OfficeMockObject): ExcelRunner =>
  (batch) =>
    batch(context as unknown as Excel.RequestContext);

describe("OfficeWorkbook with office-addin-mock (load before read)", () => {
  it("loads every property readTables reads", async () => {
    const workbook = new OfficeWorkbook({
      run: runOn(projectsTableMock()),
      capabilities: capabilitiesOf("1.9"),
    });

    const grids = await workbook.readTables(["Projects"]);

    expect(grids).toEqual([
      {
        name: "Projects",
        sheet: "โครงการ",
        headerRow: 2,
        firstColumn: 1,
        headers: ["ที่", "โครงการ"],
        rows: [["1", "ซ่อมถนน"]],
        rowsBelow: [],
        firstRowBelow: 4,
        merges: [],
      },
    ]);
  });

  it("shows the sentinel a missing load would produce", async () => {
    const context = projectsTableMock();
    const header = context["workbook"]["tables"].getItemOrNullObject("Projects").getHeaderRowRange();
    await context.sync();
    expect(header.values).toBe("Error, property was not loaded");
  });
});
