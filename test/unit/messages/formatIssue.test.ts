import { analysePlan } from "../../../src/domain/analysePlan";
import { TemplateStructureError } from "../../../src/domain/parse/TemplateStructureError";
import {
  ISSUE_CODES,
  IssueSchema,
  type IssueCode,
  type IssueOf,
  type ParamsOf,
} from "../../../src/domain/validate/Issue";
import { exampleIssue } from "../../builders/issueExamples";
import { planGrids } from "../../builders/planGrids";
import { EN_MESSAGES } from "../../../src/messages/en";
import { formatIssue } from "../../../src/messages/formatIssue";
import { formatStructureError } from "../../../src/messages/formatStructureError";
import { TH_MESSAGES } from "../../../src/messages/th";

const THAI = /[\u0E00-\u0E7F]/u;
const issue = <C extends IssueCode>(code: C, params: ParamsOf<C>): IssueOf<C> => ({
  code,
  severity: "warning",
  params,
});

describe("message parity", () => {
  it("has a Thai and an English message for every issue code, and no other", () => {
    expect(Object.keys(TH_MESSAGES).sort()).toEqual([...ISSUE_CODES].sort());
    expect(Object.keys(EN_MESSAGES).sort()).toEqual([...ISSUE_CODES].sort());
  });

  // The compiler proves each message reads only its code's params; this proves each renders a sentence
  // from a realistic example of them (test/builders/issueExamples: one per code, typed by code).
  it.each(ISSUE_CODES.map((code) => [code]))("%s reads as a sentence in both languages", (code) => {
    const example = exampleIssue(code);
    expect(IssueSchema.safeParse(example).success).toBe(true);
    const th = formatIssue(example, "th");
    const en = formatIssue(example, "en");
    expect(th).toMatch(THAI);
    // English words, though an English message may start with a Thai name (แผนงานการศึกษา: the plan …).
    expect(en).toMatch(/\b[a-z]{2,} [a-z]{2,}\b/u);
    expect(th).not.toBe(en);
    for (const text of [th, en]) {
      expect(text.trim()).not.toBe("");
      expect(text).not.toMatch(/undefined|NaN|\[object|""/u);
    }
  });
});

describe("formatIssue", () => {
  it("names the value typed and the fix", () => {
    const alias = issue("work-plan-alias", { value: "แผนงานการพานิชย์", canonical: "แผนงานการพาณิชย์" });
    expect(formatIssue(alias, "th")).toBe('แผนงาน "แผนงานการพานิชย์" สะกดไม่ตรงแบบ ใช้ "แผนงานการพาณิชย์" แทน');
    expect(formatIssue(alias, "en")).toBe(
      'Work plan "แผนงานการพานิชย์" is not the official spelling; use "แผนงานการพาณิชย์" instead',
    );
  });

  it("shows the field's header and amounts in baht", () => {
    expect(formatIssue(issue("missing-value", { field: "budget", table: "Projects" }), "th")).toBe(
      'ยังไม่ได้กรอก "งบประมาณ (บาท)" ให้กรอกให้ครบ',
    );
    expect(formatIssue(issue("missing-value", { field: "name", table: "Strategies" }), "en")).toBe(
      '"Strategy name" is empty; fill it in',
    );
    const over = issue("over-appropriation", {
      workPlan: "แผนงานการศึกษา",
      planned: 11_000_050,
      appropriated: 10_000_000,
    });
    expect(formatIssue(over, "th")).toContain("แผนรวม 110,000.50 บาท เกินงบตามข้อบัญญัติ 100,000.00 บาท");
  });

  it("suggests the B.E. year for a Gregorian fiscal year", () => {
    expect(formatIssue(issue("implausible-fiscal-year", { value: "2026" }), "th")).toContain("พ.ศ. 2569");
  });

  it("formats every issue of a faulty plan in both languages", () => {
    const grids = planGrids()
      .withProject({ แผนงาน: "แผนงานการพานิชย์", "ต.ค.": null, งบ: "งบลงทุน", หมวด: "ค่าใช้สอย" })
      .withProject({ "งบประมาณ (บาท)": "abc", หมายเหตุ: { error: "#REF!" } })
      .build();
    const { issues } = analysePlan(grids);
    expect(issues.length).toBeGreaterThan(3);
    for (const i of issues) {
      expect(formatIssue(i, "th")).toMatch(THAI);
      expect(formatIssue(i, "en")).not.toBe(formatIssue(i, "th"));
    }
  });

  it("has no fallback: a code outside IssueSchema does not compile", () => {
    const unknown = { code: "edition-late", severity: "warning", params: { days: 3 } } as const;
    // @ts-expect-error "edition-late" is not an issue code
    expect(() => formatIssue(unknown, "th")).toThrow(TypeError);
  });
});

describe("formatStructureError", () => {
  it("says which table is missing", () => {
    const error = new TemplateStructureError("missing-table", { table: "Projects", sheet: "โครงการ" });
    expect(formatStructureError(error, "th")).toBe(
      'ไม่พบตาราง "Projects" (แผ่นงาน "โครงการ") ให้แทรกแม่แบบแผนการดำเนินงานก่อน',
    );
    expect(formatStructureError(error, "en")).toBe(
      'Table "Projects" (sheet "โครงการ") was not found; insert the plan template first',
    );
  });

  it("says which header is missing", () => {
    const error = new TemplateStructureError("missing-header", {
      table: "Projects",
      sheet: "โครงการ",
      header: "แผนงาน",
    });
    expect(formatStructureError(error, "th")).toContain('ไม่มีหัวคอลัมน์ "แผนงาน"');
    expect(formatStructureError(error, "en")).toContain('no column headed "แผนงาน"');
  });

  it("cannot be thrown without a name its message needs", () => {
    // @ts-expect-error missing-header needs the header
    const error = new TemplateStructureError("missing-header", { table: "Projects", sheet: "โครงการ" });
    expect(error.code).toBe("missing-header");
  });
});

describe("appropriation messages", () => {
  it("name the งบ/หมวด pair when the issue is about one", () => {
    const under = issue("under-appropriation", {
      workPlan: "แผนงานการศึกษา",
      budgetType: "งบดำเนินงาน",
      expenditureCategory: "ค่าใช้สอย",
      planned: 1_000_000,
      appropriated: 2_000_000,
    });
    expect(formatIssue(under, "th")).toBe(
      "แผนงานการศึกษา (งบดำเนินงาน / ค่าใช้สอย): แผนรวม 10,000.00 บาท ต่ำกว่างบตามข้อบัญญัติ 20,000.00 บาท ให้ตรวจสอบว่าไม่มีโครงการตกหล่น",
    );
  });
});
