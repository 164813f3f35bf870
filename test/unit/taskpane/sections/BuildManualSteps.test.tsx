import { DEGRADED } from "../../../../src/app/degradedFeatures";
import type { ManualStep } from "../../../../src/app/WorkbookPort";
import { en } from "../../../../src/taskpane/i18n/en";
import { th } from "../../../../src/taskpane/i18n/th";
import { manualStepText } from "../../../../src/taskpane/sections/BuildManualSteps";

const pageSetup: ManualStep = {
  code: DEGRADED.printSetup,
  sheet: "ผด.02",
  params: {
    paper: "A4",
    orientation: "portrait",
    fitToPagesWide: 0,
    marginTopInches: 0.75,
    marginBottomInches: 0.75,
    marginLeftInches: 0.5,
    marginRightInches: 0.5,
    pageBreaksBeforeRows: "20, 41",
    headerRight: "ผด.02",
    footerCenter: "หน้า &P",
  },
};

describe("manualStepText", () => {
  it("lists every page-setup value to set, in the pane's language", () => {
    expect(manualStepText(pageSetup, th.manualSteps)).toBe(
      "ตั้งค่าหน้ากระดาษเอง: A4 แนวตั้ง, ระยะขอบ (นิ้ว) บน 0.75 ล่าง 0.75 ซ้าย 0.5 ขวา 0.5, ขึ้นหน้าใหม่ก่อนแถว 20, 41, หัวกระดาษด้านขวา “ผด.02”, ท้ายกระดาษตรงกลาง “หน้า &P”",
    );
    expect(manualStepText(pageSetup, en.manualSteps)).toMatch(/^Set up the page by hand: A4 portrait, /u);
  });

  it("takes the values each feature's step carries, and only those", () => {
    // @ts-expect-error page setup carries its values
    const bare: ManualStep = { code: DEGRADED.printSetup, sheet: "ผด.02", params: {} };
    // @ts-expect-error indent carries none
    const indent: ManualStep = { code: DEGRADED.indent, sheet: "ผด.02", params: { paper: "A4" } };
    expect([bare.code, indent.code]).toEqual([DEGRADED.printSetup, DEGRADED.indent]);
    expect(manualStepText({ code: DEGRADED.indent, sheet: "ผด.02", params: {} }, th.manualSteps)).toBe(
      th.manualSteps.indent,
    );
  });
});
