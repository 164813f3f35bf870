import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hasOpenpyxl, PYTHON } from "../tools/openpyxl";
import { FISCAL_MONTH_HEADERS } from "../fixtures/fiscalMonthHeaders";
import { runCli } from "./runCli";

/**
 * A plan with its follow-up written by someone else: openpyxl, from the published table and header
 * names alone (PRODUCT §3), the follow-up columns in an order of their own after a column the template
 * does not have, money as numbers, text with commas, Thai digits and "-", dates as real dates and as
 * Thai text, statuses picked from the list and typed in other words, blank statuses. The expected
 * figures are computed here from the same rows, never through src/.
 */
const describeWithOpenpyxl = hasOpenpyxl() || process.env["CI"] ? describe : describe.skip;

const ORDINANCE = "ข้อบัญญัติงบประมาณรายจ่ายประจำปี";
const GRANT = "เงินอุดหนุนเฉพาะกิจ";
const NONE = "ไม่ใช้งบประมาณ";

/** What a cell holds, as openpyxl writes it: a number, text, or a date [y, m, d] (Gregorian). */
type Cell = string | number | null | { date: [number, number, number] };
interface Row {
  strategy: number;
  workPlan: string;
  name: string;
  budget: Cell;
  baht: number;
  source: string;
  month: string;
  edition: string | null;
  status: Cell;
  /** The status it means (blank = not started). */
  meant: string;
  contract: Cell;
  contractBaht: number;
  disbursed: Cell;
  disbursedBaht: number;
  completed: Cell;
  problems: string | null;
}
const row = (r: Partial<Row> & Pick<Row, "name" | "strategy" | "baht" | "meant">): Row => ({
  workPlan: "แผนงานการศึกษา",
  budget: r.baht,
  source: ORDINANCE,
  month: "ม.ค.",
  edition: null,
  status: r.meant === "ยังไม่ดำเนินการ" ? null : r.meant,
  contract: null,
  contractBaht: 0,
  disbursed: null,
  disbursedBaht: 0,
  completed: null,
  problems: null,
  ...r,
});

const PROJECTS: Row[] = [
  row({
    name: "ก่อสร้างถนน คสล. หมู่ 2",
    strategy: 1,
    workPlan: "แผนงานอุตสาหกรรมและการโยธา",
    baht: 450000,
    meant: "ดำเนินการแล้วเสร็จ",
    status: "แล้วเสร็จ",
    contract: 448500,
    contractBaht: 448500,
    disbursed: "448,500.00",
    disbursedBaht: 448500,
    completed: { date: [2027, 2, 14] },
  }),
  row({
    name: "วางท่อระบายน้ำ",
    strategy: 1,
    workPlan: "แผนงานอุตสาหกรรมและการโยธา",
    budget: "๑,๒๐๐,๐๐๐",
    baht: 1200000,
    meant: "อยู่ระหว่างดำเนินการ",
    status: "กำลังดำเนินการ",
    contract: "๑,๑๙๘,๐๐๐.๐๐",
    contractBaht: 1198000,
    disbursed: 359400.25,
    disbursedBaht: 359400.25,
    problems: "ฝนตกหนัก",
  }),
  row({
    name: "ขยายเขตประปา",
    strategy: 1,
    workPlan: "แผนงานการพาณิชย์",
    baht: 3500000,
    source: GRANT,
    edition: "เพิ่มเติม 1/2570",
    meant: "อยู่ระหว่างดำเนินการ",
    contract: 3490000,
    contractBaht: 3490000,
    disbursed: "-",
    disbursedBaht: 0,
  }),
  row({
    name: "อาหารเสริม (นม)",
    strategy: 2,
    baht: 612000.5,
    budget: "612,000.50",
    meant: "อยู่ระหว่างดำเนินการ",
    disbursed: 306000.25,
    disbursedBaht: 306000.25,
  }),
  row({
    name: "อาหารกลางวัน",
    strategy: 2,
    baht: 792000,
    meant: "ดำเนินการแล้วเสร็จ",
    disbursed: 792000,
    disbursedBaht: 792000,
    completed: "30 ก.ย. 2570",
  }),
  row({
    name: "ลอยกระทง",
    strategy: 2,
    workPlan: "แผนงานการศาสนาวัฒนธรรมและนันทนาการ",
    baht: 50000,
    meant: "ยกเลิก",
    problems: "งดจัดงาน",
  }),
  row({ name: "อบรม อสม.", strategy: 2, workPlan: "แผนงานสาธารณสุข", baht: 35000, meant: "ยังไม่ดำเนินการ" }),
  row({
    name: "ป้องกันไข้เลือดออก",
    strategy: 2,
    workPlan: "แผนงานสาธารณสุข",
    baht: 60000,
    meant: "ยังไม่ดำเนินการ",
    status: "ยังไม่ได้ดำเนินการ",
  }),
  row({
    name: "ปลูกต้นไม้",
    strategy: 3,
    workPlan: "แผนงานการเกษตร",
    baht: 0,
    budget: null,
    source: NONE,
    meant: "ไม่สามารถดำเนินการได้",
    problems: "ฝนทิ้งช่วง",
  }),
  row({
    name: "จัดเก็บภาษีนอกสถานที่",
    strategy: 3,
    workPlan: "แผนงานบริหารงานทั่วไป",
    baht: 15000,
    edition: "เพิ่มเติม 1/2570",
    meant: "ดำเนินการแล้วเสร็จ",
    disbursed: "๑๔,๙๕๐",
    disbursedBaht: 14950,
    completed: { date: [2027, 5, 2] },
  }),
];
const EQUIPMENT = [
  {
    item: "เครื่องคอมพิวเตอร์",
    type: "ครุภัณฑ์คอมพิวเตอร์หรืออิเล็กทรอนิกส์",
    baht: 24000,
    status: "ดำเนินการแล้วเสร็จ",
    disbursed: 23900,
  },
  { item: "ตู้เหล็ก", type: "ครุภัณฑ์สำนักงาน", baht: 5500, status: null, disbursed: null },
];
const FOLLOW_UP = ["ปัญหาและอุปสรรค", "สถานะ", "เบิกจ่ายแล้ว (บาท)", "จำนวนเงินตามสัญญา (บาท)", "วันที่แล้วเสร็จ"];

const SCRIPT = `
import json, sys, datetime, openpyxl
from openpyxl.worksheet.table import Table
spec = json.loads(sys.argv[2])
wb = openpyxl.Workbook()
wb.remove(wb.active)
def value(v):
    if isinstance(v, dict) and "date" in v:
        return datetime.date(*v["date"])
    return v
for t in spec:
    ws = wb.create_sheet(t["sheet"])
    ws.append([])
    for r in [t["headers"], *t["rows"]]:
        ws.append([None, *[value(v) for v in r]])
    last = openpyxl.utils.get_column_letter(1 + len(t["headers"]))
    ws.add_table(Table(displayName=t["name"], ref="B2:%s%d" % (last, 2 + max(1, len(t["rows"])))))
wb.save(sys.argv[1])
`;

function writeWorkbook(path: string): void {
  const projects = PROJECTS.map((p, i) => [
    i + 1,
    p.strategy,
    p.workPlan,
    p.name,
    "",
    p.budget,
    p.source,
    "",
    "",
    ...FISCAL_MONTH_HEADERS.map((m) => (m === p.month ? "/" : null)),
    p.edition,
    null,
    null,
    null,
    "นายบันทึก",
    p.problems,
    p.status,
    p.disbursed,
    p.contract,
    p.completed,
  ]);
  const equipment = EQUIPMENT.map((e, i) => [
    i + 1,
    "แผนงานบริหารงานทั่วไป",
    e.type,
    e.item,
    "",
    e.baht,
    ORDINANCE,
    "",
    "",
    ...FISCAL_MONTH_HEADERS.map((m) => (m === "ธ.ค." ? "✓" : null)),
    null,
    null,
    e.status,
    e.disbursed,
  ]);
  const spec = [
    {
      sheet: "ตั้งค่า",
      name: "PlanSettings",
      headers: ["หัวข้อ", "ค่า"],
      rows: [
        ["ชื่อองค์กรปกครองส่วนท้องถิ่น", "องค์การบริหารส่วนตำบลทดลอง"],
        ["ประเภทองค์กร", "อบต."],
        ["อำเภอ", "เมือง"],
        ["จังหวัด", "ขอนแก่น"],
        ["ปีงบประมาณ (พ.ศ.)", 2570],
        ["ชื่อผู้บริหารท้องถิ่น", "นายทดลอง"],
        ["ตำแหน่งผู้บริหารท้องถิ่น", "นายกองค์การบริหารส่วนตำบลทดลอง"],
      ],
    },
    {
      sheet: "ยุทธศาสตร์",
      name: "Strategies",
      headers: ["ลำดับ", "ยุทธศาสตร์"],
      rows: [
        [1, "ด้านโครงสร้างพื้นฐาน"],
        [2, "ด้านคุณภาพชีวิต"],
        [3, "ด้านการบริหาร"],
      ],
    },
    {
      sheet: "โครงการ",
      name: "Projects",
      headers: [
        "ที่",
        "ยุทธศาสตร์",
        "แผนงาน",
        "โครงการ",
        "รายละเอียดของกิจกรรมที่เกิดขึ้นจากโครงการ",
        "งบประมาณ (บาท)",
        "แหล่งงบประมาณ",
        "สถานที่ดำเนินการ",
        "หน่วยงานรับผิดชอบหลัก",
        ...FISCAL_MONTH_HEADERS,
        "ฉบับ",
        "งบ",
        "หมวด",
        "หมายเหตุ",
        "ผู้บันทึก",
        ...FOLLOW_UP,
      ],
      rows: projects,
    },
    {
      sheet: "ครุภัณฑ์",
      name: "Equipment",
      headers: [
        "ที่",
        "แผนงาน",
        "ประเภทครุภัณฑ์",
        "ครุภัณฑ์",
        "รายละเอียดของครุภัณฑ์",
        "งบประมาณ (บาท)",
        "แหล่งงบประมาณ",
        "สถานที่ดำเนินการ",
        "หน่วยงานรับผิดชอบหลัก",
        ...FISCAL_MONTH_HEADERS,
        "ฉบับ",
        "หมายเหตุ",
        "สถานะ",
        "เบิกจ่ายแล้ว (บาท)",
      ],
      rows: equipment,
    },
  ];
  const run = spawnSync(PYTHON, ["-c", SCRIPT, path, JSON.stringify(spec)], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`openpyxl failed: ${run.stderr}`);
}

const STATUSES = ["ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้วเสร็จ", "ยกเลิก", "ไม่สามารถดำเนินการได้"];
const satang = (baht: number): number => Math.round(baht * 100);
function tally(rows: readonly Row[]) {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, rows.filter((r) => r.meant === s).length]));
  const sum = (pick: (r: Row) => number) => rows.reduce((total, r) => total + satang(pick(r)), 0) / 100;
  return {
    projects: rows.length,
    budget: sum((r) => r.baht),
    contracted: sum((r) => r.contractBaht),
    disbursed: sum((r) => r.disbursedBaht),
    byStatus,
  };
}
const STRATEGY_NAMES = ["ด้านโครงสร้างพื้นฐาน", "ด้านคุณภาพชีวิต", "ด้านการบริหาร"];
function expected(edition: string | null, asOf: string) {
  const rows = PROJECTS.filter((p) => edition === null || (p.edition ?? "หลัก") === edition);
  const sources = [ORDINANCE, GRANT, NONE].filter((s) => rows.some((r) => r.source === s));
  return {
    fiscalYear: 2570,
    asOf,
    total: tally(rows),
    strategies: [1, 2, 3]
      .filter((n) => rows.some((r) => r.strategy === n))
      .map((number) => ({
        number,
        name: STRATEGY_NAMES[number - 1],
        ...tally(rows.filter((r) => r.strategy === number)),
      })),
    fundingSources: sources.map((source) => {
      const t = tally(rows.filter((r) => r.source === source));
      return { source, projects: t.projects, budget: t.budget, disbursed: t.disbursed };
    }),
    equipment:
      edition === null || edition === "หลัก"
        ? { items: 2, budget: 29500, disbursed: 23900 }
        : { items: 0, budget: 0, disbursed: 0 },
  };
}

describeWithOpenpyxl("report --json of a plan written by openpyxl", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "action-plan-report-openpyxl-"));
    writeWorkbook(join(dir, "foreign.xlsx"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads as a valid plan (the typed statuses and amounts are warnings at most)", async () => {
    const run = await runCli(["validate", "foreign.xlsx", "--json", "--lang", "en"], { cwd: dir });
    const issues = JSON.parse(run.stdout) as { severity: string; code: string; cell: string }[];
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(expect.arrayContaining(["follow-up-status-alias"]));
    expect(run.code).toBe(0);
  });

  it.each([
    [null, "2027-10-05"],
    ["หลัก", "2027-03-31"],
    ["เพิ่มเติม 1/2570", "2027-09-30"],
  ])("matches the independent computation in every figure (edition %s, as of %s)", async (edition, asOf) => {
    const args = [
      "report",
      "foreign.xlsx",
      "--json",
      "--as-of",
      asOf,
      ...(edition ? ["--edition", edition] : []),
    ];
    const run = await runCli(args, { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(expected(edition, asOf));
  });
});
