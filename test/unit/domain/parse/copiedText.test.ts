import { analysePlan } from "../../../../src/domain/analysePlan";
import { layoutOfficialTables } from "../../../../src/domain/layout/layoutOfficialTables";
import { formatIssue } from "../../../../src/messages/formatIssue";
import { findings, paramsOf } from "../../../builders/findings";
import { planGrids } from "../../../builders/planGrids";

/** Text as copying from a PDF gives it: ำ as นิคหิต + า (U+0E4D U+0E32). */
const fromPdf = (text: string): string => text.replace(/ำ/gu, "\u0e4d\u0e32");
const ZWSP = "\u200b";

describe("text copied from PDFs and the web is read as what it prints", () => {
  it("matches every catalog: funding sources, work plans, equipment types, งบ/หมวด, organisation types", () => {
    const grids = planGrids()
      .withSetting("ประเภทองค์กร", fromPdf("เทศบาลตำบล"))
      .withProject({
        แหล่งงบประมาณ: fromPdf("ข้อบัญญัติงบประมาณรายจ่ายประจำปี"),
        แผนงาน: `เเผนงานเคหะเเละชุมชน${ZWSP}`,
        งบ: fromPdf("งบดำเนินงาน"),
        หมวด: `ค\u0e48าใช\u0e49สอย\u00a0`,
      })
      .withEquipment({ ประเภทครุภัณฑ์: fromPdf("ครุภัณฑ์สำนักงาน"), แหล่งงบประมาณ: `\ufeffจ่ายขาดเงินสะสม` })
      .build();
    expect(findings(grids)).toEqual([]);
    const { plan } = analysePlan(grids);
    expect(plan.settings.organisationType).toBe("เทศบาลตำบล");
    expect(plan.projects[0]).toMatchObject({
      fundingSource: "ORD",
      workPlan: "แผนงานเคหะและชุมชน",
      budgetType: "งบดำเนินงาน",
      expenditureCategory: "ค่าใช้สอย",
    });
  });

  it("reads edition codes, edition triggers and strategies by number or name", () => {
    const grids = planGrids()
      .withEditions([
        { ฉบับ: `หลัก${ZWSP}`, เหตุที่จัดทำ: fromPdf("ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปี") },
        { ฉบับ: "เพิ่มเติม ๑／２๕๗๐", เหตุที่จัดทำ: "ได้รับแจ้งเงินอุดหนุนเฉพาะกิจ" },
      ])
      .withProject({ ฉบับ: `\u2060หลัก`, ยุทธศาสตร์: "２" })
      .withProject({
        ฉบับ: "เพิ่มเติม 1/2570",
        เหตุผลความจำเป็น: "ได้รับจัดสรรงบประมาณเพิ่ม",
        ยุทธศาสตร์: `ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิต${ZWSP}และสังคม`,
      })
      .build();
    expect(findings(grids)).toEqual([]);
    const { plan } = analysePlan(grids);
    expect(plan.editions.map((e) => [e.code, e.trigger])).toEqual([
      ["หลัก", "budgetOrdinance"],
      ["เพิ่มเติม 1/2570", "specificGrant"],
    ]);
    expect(plan.projects.map((p) => [p.edition, p.strategyNumber])).toEqual([
      ["หลัก", 2],
      ["เพิ่มเติม 1/2570", 2],
    ]);
  });

  it("finds headers and settings keys typed with copied text", () => {
    const grids = planGrids()
      .withProject()
      .withHeader("Projects", "สถานที่ดำเนินการ", fromPdf("สถานที่ดำเนินการ"))
      .withHeader("Projects", "งบประมาณ (บาท)", `งบประมาณ${ZWSP} (บาท)`)
      .withoutSetting("อำเภอ")
      .withSetting(fromPdf("อำเภอ"), "เมือง")
      .build();
    expect(findings(grids)).toEqual([]);
    expect(analysePlan(grids).plan.settings.amphoe).toBe("เมือง");
  });

  it("calls the same project typed twice, once from a PDF, a duplicate", () => {
    const grids = planGrids()
      .withProject({ โครงการ: "โครงการซ่อมบำรุงถนน หมู่ที่ 3" })
      .withProject({ โครงการ: fromPdf(`โครงการซ่อมบำรุง${ZWSP}ถนน หมู่ที่ ๓`) })
      .build();
    expect(findings(grids)).toEqual(["warning duplicate-project โครงการ!D3"]);
  });

  it("keeps the plan and its printed tables free of invisible characters and split ำ", () => {
    const grids = planGrids()
      .withProject({ โครงการ: fromPdf(`โครงการจัดทำ${ZWSP}แผนชุมชน\u00ad`) })
      .build();
    const { plan } = analysePlan(grids);
    expect(plan.projects[0]?.name).toBe("โครงการจัดทำแผนชุมชน");
    const pd02 = layoutOfficialTables(plan, { edition: "หลัก" }).find((s) => s.owner.kind === "pd02");
    const texts =
      pd02?.rows.flatMap((r) => r.cells.map((c) => (typeof c?.value === "string" ? c.value : ""))) ?? [];
    expect(texts.map((t) => t.replace(/\n/gu, ""))).toContain("โครงการจัดทำแผนชุมชน");
    expect(texts.join("")).not.toMatch(/\u200b|\u00ad|\u0e4d/u);
  });
});

describe("a value close to a catalog value but wrong", () => {
  it("is unknown, and its message shows the character that differs, never two identical-looking values", () => {
    const grids = planGrids().withProject({ แหล่งงบประมาณ: "ข่อบัญญัติงบประมาณรายจ่ายประจำปี" }).build();
    expect(findings(grids)).toEqual(["error unknown-funding-source โครงการ!G2"]);
    expect(paramsOf(grids, "unknown-funding-source")).toEqual({
      value: "ข่อบัญญัติงบประมาณรายจ่ายประจำปี",
      nearest: "ข้อบัญญัติงบประมาณรายจ่ายประจำปี",
    });
    const [issue] = analysePlan(grids).issues;
    expect(issue && formatIssue(issue, "th")).toBe(
      'แหล่งงบประมาณ "ข่อบัญญัติงบประมาณรายจ่ายประจำปี" ไม่อยู่ในรายการ ใกล้เคียงกับ "ข้อบัญญัติงบประมาณรายจ่ายประจำปี" แต่ตรง "ข่" ควรเป็น "ข้" (ไม้เอก แทน ไม้โท) ให้แก้เป็น "ข้อบัญญัติงบประมาณรายจ่ายประจำปี"',
    );
    expect(issue && formatIssue(issue, "en")).toContain('"ข่" should be "ข้" (mai ek instead of mai tho)');
  });

  it("names a missing mark, a missing letter and a near edition code", () => {
    const grids = planGrids()
      .withEditions([{ ฉบับ: "หลัก" }])
      .withProject({ หมวด: "ค่าใช้สอ", ฉบับ: "หลก" })
      .withEquipment({ ประเภทครุภัณฑ์: "ครุภัณฑสำนักงาน" })
      .build();
    const messages = analysePlan(grids).issues.map((i) => formatIssue(i, "th"));
    expect(messages).toEqual([
      expect.stringContaining('ใกล้เคียงกับ "หลัก" แต่ตรง "ล" ควรเป็น "ลั" (ขาดไม้หันอากาศ)'),
      expect.stringContaining('ใกล้เคียงกับ "ค่าใช้สอย" แต่ขาด "ย" ต่อจาก "ช้สอ"'),
      expect.stringContaining('ใกล้เคียงกับ "ครุภัณฑ์สำนักงาน" แต่ตรง "ฑ" ควรเป็น "ฑ์" (ขาดการันต์)'),
    ]);
  });
});
