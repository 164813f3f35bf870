import { findPd02Sheet } from "../../src/domain/import/findPd02Sheet";
import { cellsFrom } from "./fixtures/cellsFrom";

const table = {
  A3: "ที่",
  B3: "โครงการ",
  C3: "งบประมาณ",
  D3: "ต.ค.",
  A4: 1,
  B4: "โครงการก",
  C4: 1000,
  D4: "x",
};

describe("findPd02Sheet", () => {
  it("prefers the sheet named ผด.02 among sheets with a ผด.02 header", () => {
    const cover = cellsFrom("ปก", { A1: "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2570" });
    const draft = cellsFrom("ร่าง", table);
    const pd021 = cellsFrom("ผด.02-1", table);
    const pd02 = cellsFrom("ผด 02 (หลัก)", table);
    expect(findPd02Sheet([cover, draft, pd021, pd02])?.name).toBe("ผด 02 (หลัก)");
    expect(findPd02Sheet([cover, draft, pd021])?.name).toBe("ร่าง");
  });

  it("passes over procurement plans and sheets without a header", () => {
    const procurement = cellsFrom("ผด.2", { A1: "แผนการจัดหาพัสดุ ประจำปี 2570", ...table });
    const cover = cellsFrom("ปก", { A1: "แผนการดำเนินงาน" });
    expect(findPd02Sheet([procurement, cover])).toBeUndefined();
  });
});
