import { officeOnFake } from "../../../office/officeOnFake";
import type { TableChange } from "../../../../src/adapters/office/watchInputTables";

function setup(apiVersion: "1.7" | "1.8" | "1.9" = "1.9") {
  return officeOnFake({ apiVersion });
}

describe("watchInputTables", () => {
  it("reports a co-author's edit of an input table and stops after unsubscribe", async () => {
    const { workbook, state } = setup();
    state.addTable("โครงการ", "Projects", "A1", ["ที่", "โครงการ"], [["1", "ซ่อมถนน"]]);
    const changes: TableChange[] = [];

    const unsubscribe = await workbook.watchInputTables(["Projects", "Equipment"], (change) =>
      changes.push(change),
    );
    await state.editTableCells("Projects", "B2", [["ซ่อมถนนสายใหม่"]], "Remote");
    await unsubscribe();
    await state.editTableCells("Projects", "B2", [["อีกครั้ง"]], "Local");

    expect(changes).toEqual([{ table: "Projects", source: "Remote", address: "B2" }]);
  });
});
