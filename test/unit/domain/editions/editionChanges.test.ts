import { aPlan, aProject, monthMask } from "../../../builders/planBuilders";
import { CHANGED_EDITION, changedEditionPlan } from "../../../fixtures/changedEditionPlan";
import { changesProjects, editionChanges } from "../../../../src/domain/editions/editionChanges";

describe("changesProjects", () => {
  it.each([
    ["เปลี่ยนแปลง 1/2570", true],
    ["แก้ไข ครั้งที่ 2/2570", true],
    ["เพิ่มเติม 1/2570", false],
    ["หลัก", false],
    [null, false],
  ])("%s → %s", (edition, expected) => expect(changesProjects(edition)).toBe(expected));
});

describe("editionChanges on the sample's เปลี่ยนแปลง edition", () => {
  const changes = editionChanges(changedEditionPlan(), CHANGED_EDITION);

  it("lists the edition's rows in order, each against the main edition's row it changes", () => {
    expect(changes.map((c) => [c.after.seq, c.before?.edition ?? null])).toEqual([
      ["1", "หลัก"],
      ["2", "หลัก"],
      ["3", null],
    ]);
  });

  it("names only the fields that differ", () => {
    expect(changes[0]?.fields).toEqual(["budget", "months"]);
    // The drain's name is written another way (คสล., ม.1): still the same project, but its text changed.
    expect(changes[1]?.fields).toEqual(["name", "location"]);
    expect(changes[2]?.fields).toEqual([]);
  });
});

describe("editionChanges finds the earlier row", () => {
  const ref = { edition: "2566–2570", page: 12, item: 3 };

  it("by the development-plan reference first, even when the name was rewritten", () => {
    const before = aProject({ name: "โครงการจัดซื้อวัสดุการแพทย์", devPlanRef: ref });
    const decoy = aProject({ name: "โครงการปรับปรุงอาคารศูนย์พัฒนาเด็กเล็ก" });
    const after = aProject({
      name: "โครงการปรับปรุงอาคารศูนย์พัฒนาเด็กเล็ก",
      devPlanRef: ref,
      edition: "แก้ไข 1/2570",
    });
    const [change] = editionChanges(aPlan({ projects: [before, decoy, after] }), "แก้ไข 1/2570");
    expect(change?.before).toBe(before);
    expect(change?.fields).toEqual(["name"]);
  });

  it("from the latest earlier edition when a project was changed twice", () => {
    const first = aProject({ budget: 100_00 });
    const second = aProject({ budget: 200_00, edition: "เปลี่ยนแปลง 1/2570" });
    const third = aProject({ budget: 300_00, edition: "เปลี่ยนแปลง 2/2570" });
    const [change] = editionChanges(aPlan({ projects: [first, second, third] }), "เปลี่ยนแปลง 2/2570");
    expect(change?.before).toBe(second);
  });

  it("never in a later edition, and never another village's project", () => {
    const other = aProject({ name: "โครงการก่อสร้างถนน คสล. หมู่ที่ 5" });
    const later = aProject({ name: "โครงการก่อสร้างถนน คสล. หมู่ที่ 3", edition: "เปลี่ยนแปลง 2/2570" });
    const after = aProject({ name: "โครงการก่อสร้างถนน คสล. หมู่ที่ 3", edition: "เปลี่ยนแปลง 1/2570" });
    const [change] = editionChanges(aPlan({ projects: [other, after, later] }), "เปลี่ยนแปลง 1/2570");
    expect(change?.before).toBeNull();
  });

  it("each earlier row once: two rows cannot both change one project", () => {
    const before = aProject({ name: "โครงการจัดงานวันเด็ก" });
    const a = aProject({ name: "โครงการจัดงานวันเด็ก", months: monthMask(3), edition: "แก้ไข 1/2570" });
    const b = aProject({ name: "โครงการจัดงานวันเด็ก", months: monthMask(4), edition: "แก้ไข 1/2570" });
    const changes = editionChanges(aPlan({ projects: [before, a, b] }), "แก้ไข 1/2570");
    expect(changes.map((c) => c.before)).toEqual([before, null]);
  });

  it("gives a เพิ่มเติม edition no changes (it only adds projects)", () => {
    const plan = aPlan({ projects: [aProject(), aProject({ edition: "เพิ่มเติม 1/2570" })] });
    expect(editionChanges(plan, "เพิ่มเติม 1/2570")).toEqual([]);
  });
});
