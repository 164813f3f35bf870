import type { DevPlanProject } from "../../../../src/domain/model/plan";
import { devPlanList } from "../../../../src/domain/devplan/devPlanList";

const entry = (
  page: number,
  item: number,
  name: string,
  more: Partial<DevPlanProject> = {},
): DevPlanProject => ({
  edition: "2566–2570",
  page,
  item,
  strategyNumber: 1,
  workPlan: "แผนงานอุตสาหกรรมและการโยธา",
  name,
  budget: 100_000_00,
  ...more,
});

const LIST = [
  entry(45, 1, "ก่อสร้างถนน คสล. หมู่ที่ 3"),
  entry(45, 2, "ก่อสร้างถนน คสล. หมู่ที่ 5"),
  entry(46, 1, "ก่อสร้างรางระบายน้ำ คสล. หมู่ที่ 2"),
  entry(60, 1, "จัดงานประเพณีลอยกระทง", { strategyNumber: 3, workPlan: "แผนงานการศาสนาวัฒนธรรมและนันทนาการ" }),
  entry(12, 4, "ก่อสร้างถนน คสล. หมู่ที่ 3", { edition: "2566–2570 เพิ่มเติม 1/2568", budget: 50_000_00 }),
];
const list = devPlanList(LIST);
const project = (name: string, strategyNumber = 1, workPlan = "แผนงานอุตสาหกรรมและการโยธา") => ({
  name,
  strategyNumber,
  workPlan,
});

describe("devPlanList.entriesAt and entryFor", () => {
  it("finds the entries of a page and item in the editions the reference names", () => {
    expect(list.entriesAt({ edition: "", page: 45, item: 2 }).map((e) => e.name)).toEqual([
      "ก่อสร้างถนน คสล. หมู่ที่ 5",
    ]);
    expect(list.entriesAt({ edition: "เพิ่มเติม ครั้งที่ ๑/๒๕๖๘", page: 12, item: 4 })).toHaveLength(1);
    expect(list.entriesAt({ edition: "2566-2570", page: 12, item: 4 })).toEqual([]);
    expect(list.entriesAt({ edition: "", page: 45, item: 9 })).toEqual([]);
  });

  it("picks, of entries sharing a page and item, the one named most like the project", () => {
    const twice = devPlanList([
      entry(7, 1, "จัดซื้อวัสดุการศึกษา", { edition: "2566–2570" }),
      entry(7, 1, "ขุดลอกคลองสาธารณะ", { edition: "2566–2570 เพิ่มเติม 1/2568" }),
    ]);
    expect(twice.entryFor({ name: "โครงการขุดลอกคลองสาธารณะ" }, { edition: "", page: 7, item: 1 })?.name).toBe(
      "ขุดลอกคลองสาธารณะ",
    );
  });
});

describe("devPlanList.suggest (the ranking)", () => {
  it("suggests the entry whose name is the same after normalising", () => {
    const best = list.suggest(project("โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก ม.5"));
    expect(best?.entry).toMatchObject({ page: 45, item: 2 });
  });

  it("never suggests another village's project, however alike", () => {
    const best = list.suggest(project("ก่อสร้างถนน คสล. หมู่ที่ 7"));
    expect(best).toBeNull();
  });

  it("suggests nothing when no name is near enough", () => {
    expect(list.suggest(project("โครงการฝึกอบรมคอมพิวเตอร์เยาวชน"))).toBeNull();
  });

  it("prefers, among names as alike, the entry with the project's strategy and work plan", () => {
    const grouped = devPlanList([
      entry(10, 1, "ส่งเสริมอาชีพกลุ่มสตรี", { strategyNumber: 2, workPlan: "แผนงานสร้างความเข้มแข็งของชุมชน" }),
      entry(20, 1, "ส่งเสริมอาชีพกลุ่มสตรี", { strategyNumber: 4, workPlan: "แผนงานการเกษตร" }),
    ]);
    expect(grouped.suggest(project("ส่งเสริมอาชีพกลุ่มสตรี", 4, "แผนงานการเกษตร"))?.entry.page).toBe(20);
    expect(grouped.suggest(project("ส่งเสริมอาชีพกลุ่มสตรี", 2, "แผนงานสร้างความเข้มแข็งของชุมชน"))?.entry.page).toBe(
      10,
    );
  });

  it("ranks name similarity above the group: a much closer name in another work plan wins", () => {
    const mixed = devPlanList([
      entry(30, 1, "ปรับปรุงภูมิทัศน์ริมหนองน้ำ", { workPlan: "แผนงานเคหะและชุมชน" }),
      entry(31, 1, "ปรับปรุงภูมิทัศน์สวนสาธารณะ"),
    ]);
    expect(mixed.suggest(project("โครงการปรับปรุงภูมิทัศน์ริมหนองน้ำสาธารณะ"))?.entry.page).toBe(30);
  });

  it("finds the best among many entries, not only the first ones sharing characters", () => {
    const many = Array.from({ length: 300 }, (_, i) => entry(100 + i, 1, `ก่อสร้างอาคารอเนกประสงค์แบบที่ ${i}`));
    const target = entry(500, 3, "ก่อสร้างลานกีฬาอเนกประสงค์บ้านโคกกลาง");
    const big = devPlanList([...many, target]);
    expect(big.suggest(project("โครงการก่อสร้างลานกีฬาอเนกประสงค์ บ้านโคกกลาง"))?.entry.page).toBe(500);
  });
});
