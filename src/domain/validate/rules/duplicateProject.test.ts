import fc from "fast-check";
import { findings, paramsOf } from "../../../../test/builders/findings";
import { planGrids } from "../../../../test/builders/planGrids";
import { FirstRows, nameKey } from "./duplicateProject";

describe("duplicateProject", () => {
  it("warns about the same project twice in an edition, ignoring spaces and Thai digits", () => {
    const grids = planGrids()
      .withProject({ โครงการ: "โครงการซ่อมถนน หมู่ที่ 3" })
      .withProject({ โครงการ: "โครงการซ่อมถนน  หมู่ที่ ๓ " })
      .build();
    expect(findings(grids)).toEqual(["warning duplicate-project โครงการ!D3"]);
    expect(paramsOf(grids, "duplicate-project")).toMatchObject({ firstCell: "D2", edition: "หลัก" });
  });

  it("compares Latin letters in names regardless of case", () => {
    const grids = planGrids()
      .withProject({ โครงการ: "โครงการติดตั้ง Wi-Fi หมู่ที่ 3" })
      .withProject({ โครงการ: "โครงการติดตั้ง WI-FI หมู่ที่ 3" })
      .build();
    expect(findings(grids)).toEqual(["warning duplicate-project โครงการ!D3"]);
  });

  it("accepts the same name in different editions and different village numbers", () => {
    const grids = planGrids()
      .withEditions([{ ฉบับ: "หลัก" }, { ฉบับ: "เพิ่มเติม 1/2570" }])
      .withProject({ โครงการ: "โครงการซ่อมถนน หมู่ที่ 3" })
      .withProject({ โครงการ: "โครงการซ่อมถนน หมู่ที่ 3", ฉบับ: "เพิ่มเติม 1/2570" })
      .withProject({ โครงการ: "โครงการซ่อมถนน หมู่ที่ 4" })
      .build();
    expect(findings(grids)).toEqual([]);
  });
});

describe("duplicateProject name keys", () => {
  it("ignore no-break spaces, tabs and Thai digits next to dashes and Latin letters", () => {
    const grids = planGrids()
      .withProject({ โครงการ: "โครงการติดตั้ง Wi-Fi\u00a0หมู่ที่ ๓ – บ้านโคก" })
      .withProject({ โครงการ: "โครงการติดตั้ง WI-FI\tหมู่ที่3–บ้านโคก" })
      .build();
    expect(findings(grids)).toEqual(["warning duplicate-project โครงการ!D3"]);
  });

  it("tell different names apart even when their hashes collide", () => {
    const rows = new FirstRows<{ name: string }>(() => 7);
    const a = { name: "โครงการ ก" };
    const b = { name: "โครงการ ข" };
    expect(rows.findOrAdd(a)).toBeUndefined();
    expect(rows.findOrAdd(b)).toBeUndefined();
    expect(rows.findOrAdd({ name: "โครงการก" })).toBe(a);
    expect(rows.findOrAdd({ name: "โครงการ  ข " })).toBe(b);
  });

  it("find the same first rows as comparing the spelled-out keys", () => {
    const letters = [
      "ก",
      "ข",
      "๓",
      "3",
      " ",
      "\u00a0",
      "\t",
      "–",
      "a",
      "A",
      "é",
      "É",
      "Σ",
      "σ",
      "-",
      "\u200b",
    ];
    const names = fc.array(
      fc.array(fc.constantFrom(...letters), { maxLength: 6 }).map((chars) => chars.join("")),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(names, (list) => {
        const rows = new FirstRows<{ name: string }>();
        const byKey = new Map<string, { name: string }>();
        for (const name of list) {
          const row = { name };
          const expected = byKey.get(nameKey(name));
          if (!expected) byKey.set(nameKey(name), row);
          expect(rows.findOrAdd(row)).toBe(expected);
        }
      }),
    );
  });
});
