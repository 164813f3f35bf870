import { planTextsFrom } from "../../../../src/domain/book/planTextsFrom";
import { headerFooterCodes } from "../../../../src/domain/layout/headerFooterCodes";
import { layoutBook } from "../../../../src/domain/layout/layoutBook";
import type { LayoutOptions } from "../../../../src/domain/layout/LayoutOptions";
import { samplePlan } from "../../../fixtures/samplePlan";

const plan = samplePlan();
const footers = (options: LayoutOptions) =>
  layoutBook(plan, planTextsFrom(undefined, plan), options)
    .sheets.map((s) => headerFooterCodes(s.print).centerFooter)
    .filter((f) => f !== "");

describe("the page number's digits in the footer", () => {
  it("with Thai digits, the page field is set in TH SarabunIT๙ (digit keys print ๑๒๓) after the word หน้า", () => {
    const found = footers({ edition: "หลัก", thaiDigits: true });
    expect(found.length).toBeGreaterThan(3);
    for (const footer of found)
      expect(footer).toBe('&"TH SarabunPSK,Regular"&14หน้า &"TH SarabunIT๙,Regular"&P');
  });

  it("with Arabic digits, or when the whole sheet is already in TH SarabunIT๙, the field is left as it is", () => {
    for (const footer of footers({ edition: "หลัก" }))
      expect(footer).toBe('&"TH SarabunPSK,Regular"&14หน้า &P');
    for (const footer of footers({ edition: "หลัก", thaiDigits: true, font: "TH SarabunIT๙" }))
      expect(footer).toBe('&"TH SarabunIT๙,Regular"&14หน้า &P');
  });
});
