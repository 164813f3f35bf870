import { aPlan, anEdition, anEquipment, aProject } from "../../../builders/planBuilders";
import { planEditions } from "../../../../src/domain/editions/planEditions";

describe("planEditions", () => {
  it("puts the main edition first, whatever the order of the Editions table", () => {
    const plan = aPlan({
      editions: [anEdition({ code: "เพิ่มเติม 1/2570" }), anEdition({ code: "หลัก" })],
      projects: [],
      equipment: [],
    });
    expect(planEditions(plan)).toEqual(["หลัก", "เพิ่มเติม 1/2570"]);
  });

  it("adds editions only rows name, once each, in the order table → projects → equipment", () => {
    const plan = aPlan({
      editions: [anEdition({ code: "หลัก" })],
      projects: [
        aProject({ edition: "แก้ไข 1/2570" }),
        aProject({ edition: "หลัก" }),
        aProject({ edition: "แก้ไข 1/2570" }),
      ],
      equipment: [anEquipment({ edition: "เพิ่มเติม 2/2570" }), anEquipment({ edition: "แก้ไข 1/2570" })],
    });
    expect(planEditions(plan)).toEqual(["หลัก", "แก้ไข 1/2570", "เพิ่มเติม 2/2570"]);
  });

  it("has no main edition when nothing names it", () => {
    const plan = aPlan({ editions: [], projects: [aProject({ edition: "เพิ่มเติม 1/2570" })], equipment: [] });
    expect(planEditions(plan)).toEqual(["เพิ่มเติม 1/2570"]);
  });
});
