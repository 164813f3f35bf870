import { analysePlan } from "../../../../../src/domain/analysePlan";
import { findings, paramsOf } from "../../../../builders/findings";
import { planGrids, type PlanGrids } from "../../../../builders/planGrids";

const REF = {
  "แผนพัฒนาท้องถิ่น (ฉบับ)": "2566–2570",
  "แผนพัฒนาท้องถิ่น (หน้า)": 45,
  "แผนพัฒนาท้องถิ่น (ลำดับ)": 1,
};
const LIST = [
  {
    "แผนพัฒนาท้องถิ่น (ฉบับ)": "2566–2570",
    หน้า: 45,
    ลำดับ: 1,
    ยุทธศาสตร์: 2,
    แผนงาน: "แผนงานการศึกษา",
    โครงการ: "อุดหนุนอาหารกลางวันโรงเรียนบ้านหนองบัว",
    "งบประมาณ (บาท)": 20000,
  },
  {
    "แผนพัฒนาท้องถิ่น (ฉบับ)": "2566–2570",
    หน้า: 45,
    ลำดับ: 2,
    ยุทธศาสตร์: 1,
    แผนงาน: "แผนงานอุตสาหกรรมและการโยธา",
    โครงการ: "ก่อสร้างถนน คสล. หมู่ที่ 3",
    "งบประมาณ (บาท)": 500000,
  },
  {
    "แผนพัฒนาท้องถิ่น (ฉบับ)": "2566–2570 เพิ่มเติม 1/2568",
    หน้า: 12,
    ลำดับ: 4,
    ยุทธศาสตร์: 1,
    แผนงาน: "แผนงานอุตสาหกรรมและการโยธา",
    โครงการ: "ก่อสร้างรางระบายน้ำ คสล. หมู่ที่ 2",
    "งบประมาณ (บาท)": "-",
  },
];
const NAME = "อุดหนุนโครงการอาหารกลางวัน รร.บ้านหนองบัว";
const withList = (): PlanGrids => planGrids().withDevPlanProjects(LIST);
const codes = ["dev-plan"];
const devPlanFindings = (grids: PlanGrids): string[] =>
  findings(grids.build()).filter((f) => codes.some((c) => f.includes(` ${c}`)));

describe("devPlanLink: with the development plan's list", () => {
  it("passes a project whose reference is in the list, named alike and within its budget", () => {
    const grids = withList().withProject({ ...REF, โครงการ: NAME, "งบประมาณ (บาท)": 20000 });
    expect(findings(grids.build())).toEqual([]);
  });

  it("is an error at the reference when its page and item are not in the list", () => {
    const grids = withList()
      .withProject({ ...REF, "แผนพัฒนาท้องถิ่น (ลำดับ)": 9, โครงการ: NAME })
      .withProject({ ...REF, "แผนพัฒนาท้องถิ่น (ฉบับ)": "เพิ่มเติม 2/2568", โครงการ: NAME });
    expect(devPlanFindings(grids)).toEqual([
      "error dev-plan-ref-not-found โครงการ!AA2",
      "error dev-plan-ref-not-found โครงการ!AA3",
    ]);
  });

  it("reads pages and items typed as text, with Thai digits or words before them, and book labels as staff write them", () => {
    const grids = withList()
      .withProject({
        "แผนพัฒนาท้องถิ่น (ฉบับ)": "แผนพัฒนาท้องถิ่น (พ.ศ.๒๕๖๖-๒๕๗๐)",
        "แผนพัฒนาท้องถิ่น (หน้า)": "หน้า ๔๕",
        "แผนพัฒนาท้องถิ่น (ลำดับ)": "ลำดับที่ 1",
        โครงการ: NAME,
        "งบประมาณ (บาท)": 20000,
      })
      .withProject({
        "แผนพัฒนาท้องถิ่น (ฉบับ)": "เพิ่มเติม ครั้งที่ 1/2568",
        "แผนพัฒนาท้องถิ่น (หน้า)": "12",
        "แผนพัฒนาท้องถิ่น (ลำดับ)": 4,
        โครงการ: "โครงการก่อสร้างรางระบายน้ำคอนกรีตเสริมเหล็ก ม.2",
        แหล่งงบประมาณ: "ไม่ใช้งบประมาณ",
        "งบประมาณ (บาท)": 0,
      });
    expect(findings(grids.build())).toEqual([]);
  });

  it("warns at the page cell when an own-budget project has no reference, with the best match as suggestion", () => {
    const grids = withList().withProject({
      ยุทธศาสตร์: 1,
      แผนงาน: "แผนงานอุตสาหกรรมและการโยธา",
      โครงการ: "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก ม.๓",
    });
    expect(devPlanFindings(grids)).toEqual(["warning dev-plan-ref-missing โครงการ!AA2"]);
    expect(paramsOf(grids.build(), "dev-plan-ref-missing")).toEqual({
      suggestedEdition: "2566–2570",
      suggestedPage: 45,
      suggestedItem: 2,
      suggestedName: "ก่อสร้างถนน คสล. หมู่ที่ 3",
    });
  });

  it("warns without a suggestion when nothing in the list is near, and at the name when the table has no link columns", () => {
    const noColumns = withList()
      .withHeader("Projects", "แผนพัฒนาท้องถิ่น (ฉบับ)", null)
      .withHeader("Projects", "แผนพัฒนาท้องถิ่น (หน้า)", null)
      .withHeader("Projects", "แผนพัฒนาท้องถิ่น (ลำดับ)", null)
      .withProject({ โครงการ: "โครงการฝึกอบรมคอมพิวเตอร์เยาวชน" });
    expect(devPlanFindings(noColumns)).toEqual(["warning dev-plan-ref-missing โครงการ!D2"]);
    expect(paramsOf(noColumns.build(), "dev-plan-ref-missing")).toEqual({});
  });

  it("asks nothing of other agencies' projects", () => {
    const grids = withList()
      .withProject({ แหล่งงบประมาณ: "หน่วยงานอื่นดำเนินการ", "งบประมาณ (บาท)": null })
      .withProject({ ...REF, "แผนพัฒนาท้องถิ่น (หน้า)": 999, แหล่งงบประมาณ: "หน่วยงานอื่นดำเนินการ" });
    expect(devPlanFindings(grids)).toEqual([]);
  });

  it("asks a reference of every other source, no-budget projects included", () => {
    const grids = withList()
      .withProject({ แหล่งงบประมาณ: "ไม่ใช้งบประมาณ", "งบประมาณ (บาท)": null })
      .withProject({ แหล่งงบประมาณ: "จ่ายขาดเงินสะสม" })
      .withProject({ แหล่งงบประมาณ: "เงินอุดหนุนที่ อปท. อุดหนุนให้หน่วยงานอื่น" });
    expect(devPlanFindings(grids)).toEqual([
      "warning dev-plan-ref-missing โครงการ!AA2",
      "warning dev-plan-ref-missing โครงการ!AA3",
      "warning dev-plan-ref-missing โครงการ!AA4",
    ]);
  });

  it("warns, showing both names, when the listed project plainly differs", () => {
    const grids = withList()
      .withProject({ ...REF, "แผนพัฒนาท้องถิ่น (ลำดับ)": 2, โครงการ: "ก่อสร้างถนน คสล. หมู่ที่ 5" })
      .withProject({ ...REF, "แผนพัฒนาท้องถิ่น (ลำดับ)": 2, โครงการ: "โครงการแข่งขันกีฬาเยาวชน" });
    expect(devPlanFindings(grids)).toEqual([
      "warning dev-plan-name-differs โครงการ!AA2",
      "warning dev-plan-name-differs โครงการ!AA3",
    ]);
    const params = analysePlan(grids.build()).issues.find((i) => i.code === "dev-plan-name-differs")?.params;
    expect(params).toEqual({
      name: "ก่อสร้างถนน คสล. หมู่ที่ 5",
      planName: "ก่อสร้างถนน คสล. หมู่ที่ 3",
      edition: "2566–2570",
      page: 45,
      item: 2,
    });
  });

  it("warns at the budget over the plan's figure for this year, and not at or under it", () => {
    const grids = withList()
      .withProject({ ...REF, โครงการ: NAME, "งบประมาณ (บาท)": "20,000.01" })
      .withProject({ ...REF, โครงการ: NAME, "งบประมาณ (บาท)": 20000 })
      .withProject({
        ...REF,
        "แผนพัฒนาท้องถิ่น (ฉบับ)": "เพิ่มเติม 1/2568",
        "แผนพัฒนาท้องถิ่น (หน้า)": 12,
        "แผนพัฒนาท้องถิ่น (ลำดับ)": 4,
        โครงการ: "ก่อสร้างรางระบายน้ำ คสล. หมู่ที่ 2",
        "งบประมาณ (บาท)": 150000,
      });
    expect(devPlanFindings(grids)).toEqual([
      "warning dev-plan-budget-over โครงการ!F2",
      "warning dev-plan-budget-over โครงการ!F4",
    ]);
  });

  it("is an error at a page or item that is no number, and a warning when one of them is missing", () => {
    const grids = withList()
      .withProject({ ...REF, "แผนพัฒนาท้องถิ่น (หน้า)": "สี่สิบห้า", โครงการ: NAME })
      .withProject({ ...REF, "แผนพัฒนาท้องถิ่น (ลำดับ)": null, โครงการ: NAME })
      .withProject({ "แผนพัฒนาท้องถิ่น (ฉบับ)": "2566–2570", โครงการ: NAME });
    expect(devPlanFindings(grids)).toEqual([
      "error dev-plan-number-unreadable โครงการ!AA2",
      "warning dev-plan-ref-incomplete โครงการ!AB3",
      "warning dev-plan-ref-incomplete โครงการ!AA4",
    ]);
  });
});

describe("devPlanLink: without a list", () => {
  it("checks nothing against a list when the table is absent or empty, and reads references only as a warning", () => {
    const absent = planGrids()
      .withProject()
      .withProject({ ...REF, "แผนพัฒนาท้องถิ่น (หน้า)": "45-46" });
    expect(findings(absent.build())).toEqual(["warning dev-plan-number-unreadable โครงการ!AA3"]);
    const empty = planGrids().withDevPlanProjects([]).withProject().withProject(REF);
    expect(findings(empty.build())).toEqual([]);
  });
});

describe("devPlanEntries: the list's own rows", () => {
  it("warns at rows no reference can name, unreadable figures and repeated page and item", () => {
    const grids = planGrids().withDevPlanProjects([
      ...LIST,
      { หน้า: null, ลำดับ: 3, โครงการ: "ขุดลอกคลอง" },
      { หน้า: "๔๗", ลำดับ: "ก", โครงการ: "ขุดลอกคลอง" },
      { หน้า: 48, ลำดับ: 1, โครงการ: null, "งบประมาณ (บาท)": "ห้าหมื่น" },
      { "แผนพัฒนาท้องถิ่น (ฉบับ)": "พ.ศ. ๒๕๖๖-๒๕๗๐", หน้า: "45", ลำดับ: 2, โครงการ: "ก่อสร้างถนน" },
    ]);
    expect(findings(grids.build())).toEqual([
      "warning dev-plan-entry-incomplete แผนพัฒนา!B5",
      "warning dev-plan-number-unreadable แผนพัฒนา!C6",
      "warning dev-plan-entry-incomplete แผนพัฒนา!F7",
      "warning unreadable-budget แผนพัฒนา!G7",
      "warning dev-plan-entry-duplicate แผนพัฒนา!B8",
    ]);
    expect(paramsOf(grids.build(), "dev-plan-entry-duplicate")).toEqual({
      page: 45,
      item: 2,
      firstCell: "B3",
    });
  });

  it("keeps only the rows a reference can name in the plan, with this year's budget (blank: none given)", () => {
    const { plan } = analysePlan(
      planGrids()
        .withDevPlanProjects([...LIST, { หน้า: 50, ลำดับ: 1, โครงการ: "ขุดลอกคลอง" }, { หน้า: 51, โครงการ: "x" }])
        .build(),
    );
    expect(
      plan.devPlanProjects?.map((e) => [e.page, e.item, e.budget, e.strategyNumber, e.workPlan]),
    ).toEqual([
      [45, 1, 20000_00, 2, "แผนงานการศึกษา"],
      [45, 2, 500000_00, 1, "แผนงานอุตสาหกรรมและการโยธา"],
      [12, 4, 0, 1, "แผนงานอุตสาหกรรมและการโยธา"],
      [50, 1, null, null, ""],
    ]);
  });
});
