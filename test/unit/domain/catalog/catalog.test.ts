import { FUNDING_SOURCES } from "../../../../src/domain/model/fundingSources";
import { TEMPLATE_TABLES } from "../../../../src/domain/template/templateSpec";
import { CATALOG } from "../../../../src/domain/catalog/catalog";
import { FUNDING_SOURCE_ALIASES } from "../../../../src/domain/catalog/fundingSourceAliases";
import { templateLists } from "../../../../src/domain/catalog/templateLists";
import { UNITS } from "../../../../src/domain/catalog/units";

describe("the catalog", () => {
  it("is versioned from FY 2565 and holds the 12 work plans, 6 งบ and 16 equipment types", () => {
    expect(CATALOG.validFromFiscalYear).toBe(2565);
    expect(CATALOG.workPlans).toHaveLength(12);
    expect(Object.keys(CATALOG.budgetCategories)).toHaveLength(6);
    expect(CATALOG.equipmentTypes).toHaveLength(16);
  });

  it("lists the usual units with their abbreviations", () => {
    const names = UNITS.map((u) => u.name);
    for (const unit of [
      "สำนักปลัด",
      "กองคลัง",
      "กองช่าง",
      "กองการศึกษา ศาสนาและวัฒนธรรม",
      "กองสาธารณสุขและสิ่งแวดล้อม",
      "กองสวัสดิการสังคม",
      "กองวิชาการและแผนงาน",
    ]) {
      expect(names).toContain(unit);
    }
  });

  it("never lists one spelling under two names", () => {
    const lists = [CATALOG.workPlans, CATALOG.equipmentTypes, CATALOG.units];
    for (const list of lists) {
      const owners = new Map<string, Set<string>>();
      for (const entry of list) {
        for (const spelling of [entry.name, ...entry.aliases].map((s) => s.replace(/\s+/gu, ""))) {
          owners.set(spelling, (owners.get(spelling) ?? new Set()).add(entry.name));
        }
      }
      expect([...owners].filter(([, names]) => names.size > 1)).toEqual([]);
    }
    const sourceSpellings = [
      ...Object.values(FUNDING_SOURCES),
      ...Object.values(FUNDING_SOURCE_ALIASES).flat(),
    ];
    expect(new Set(sourceSpellings).size).toBe(sourceSpellings.length);
  });
});

describe("templateLists", () => {
  const lists = templateLists();

  it("feeds every dropdown the template declares", () => {
    const used = TEMPLATE_TABLES.flatMap((t) => t.columns.flatMap((c) => (c.list ? [c.list] : [])));
    for (const key of used.filter((k) => k !== "strategies")) expect(lists[key].length).toBeGreaterThan(0);
    expect(lists.strategies).toEqual([]);
  });

  it("holds the official values", () => {
    expect(lists.fundingSources).toContain("ไม่ใช้งบประมาณ");
    expect(lists.fundingSources).toHaveLength(8);
    expect(lists.workPlans[0]).toBe("แผนงานบริหารงานทั่วไป");
    expect(lists.equipmentTypes).toContain("ครุภัณฑ์คอมพิวเตอร์หรืออิเล็กทรอนิกส์");
    expect(lists.budgetTypes).toEqual([
      "งบกลาง",
      "งบบุคลากร",
      "งบดำเนินงาน",
      "งบลงทุน",
      "งบรายจ่ายอื่น",
      "งบเงินอุดหนุน",
    ]);
    expect(lists.expenditureCategories).toContain("ค่าที่ดินและสิ่งก่อสร้าง");
    expect(new Set(lists.expenditureCategories).size).toBe(lists.expenditureCategories.length);
    expect(lists.organisationTypes).toEqual(["อบต.", "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร", "อบจ."]);
    expect(lists.editionTriggers).toContain("ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปี");
  });
});
