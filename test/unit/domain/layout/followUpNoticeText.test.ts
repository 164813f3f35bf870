import { followUpNoticeText } from "../../../../src/domain/layout/followUpNoticeText";
import { layoutFollowUpSheets } from "../../../../src/domain/layout/layoutFollowUpSheets";
import { reportRoundOf } from "../../../../src/domain/followUp/reportRoundOf";
import { samplePlanWithFollowUp } from "../../../fixtures/sampleFollowUp";

const plan = samplePlanWithFollowUp();
const report = reportRoundOf(plan, "12", null);
const body = (text: ReturnType<typeof followUpNoticeText>) => text.paragraphs.join(" ").replace(/\s/gu, " ");

describe("the notice of the follow-up results", () => {
  it("prints both amounts alike: two decimals for both when either has satang, none when neither has", () => {
    expect(report.total.disbursed % 100).not.toBe(0);
    expect(body(followUpNoticeText(plan, report))).toMatch(
      /เบิกจ่าย [\d,]+\.\d\d บาท จากงบประมาณ [\d,]+\.\d\d บาท/u,
    );
    const whole = { ...report, total: { ...report.total, disbursed: 167_916_200 } };
    expect(body(followUpNoticeText(plan, whole))).toMatch(/เบิกจ่าย 1,679,162 บาท จากงบประมาณ [\d,]+ บาท/u);
  });

  it("is signed as an original (no (ลงชื่อ) line) unless a typed copy is asked for", () => {
    expect(followUpNoticeText(plan, report).signature.some((l) => l.includes("ลงชื่อ"))).toBe(false);
    expect(followUpNoticeText(plan, report, { signatureMark: true }).signature[0]).toMatch(/^\(ลงชื่อ\)/u);
    const [, notice] = layoutFollowUpSheets(plan, "december", { edition: null, signatureMark: true });
    const cells = (notice?.rows ?? []).flatMap((r) => r.cells.map((c) => String(c?.value ?? "")));
    expect(cells.some((c) => c.startsWith("(ลงชื่อ)"))).toBe(true);
  });
});
