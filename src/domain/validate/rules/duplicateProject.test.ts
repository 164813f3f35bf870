import fc from "fast-check";
import { findings, paramsOf } from "../../../../test/builders/findings";
import { planGrids } from "../../../../test/builders/planGrids";
import { forEachRepeatedName, nameKey } from "./_lib/forEachRepeatedName";

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

  const repeats = (names: readonly string[], hash?: (name: string) => number): [number, number][] => {
    const rows = names.map((name, index) => ({ name, index }));
    const found: [number, number][] = [];
    forEachRepeatedName(
      rows,
      () => "หลัก",
      (row, first) => found.push([row.index, first.index]),
      hash,
    );
    return found;
  };

  it("tell different names apart even when their hashes collide", () => {
    expect(repeats(["โครงการ ก", "โครงการ ข", "โครงการก", "โครงการ  ข "], () => 7)).toEqual([
      [2, 0],
      [3, 1],
    ]);
  });

  it("keep groups (editions) apart", () => {
    const rows = [
      { name: "ก", edition: "หลัก" },
      { name: "ก", edition: "เพิ่มเติม 1/2570" },
      { name: "ก", edition: undefined },
      { name: "ก", edition: "หลัก" },
    ];
    const found: string[] = [];
    forEachRepeatedName(
      rows,
      (r) => r.edition,
      (row, first) => found.push(`${rows.indexOf(row)}→${rows.indexOf(first)}`),
    );
    expect(found).toEqual(["3→0"]);
  });

  it("find the same first rows as comparing the spelled-out keys", () => {
    // Names respelled the ways staff type them: Thai or Arabic digits, either case, odd spaces.
    const other: Readonly<Record<string, string>> = { "3": "๓", "9": "๙", a: "A", é: "É", σ: "Σ" };
    const spaces = ["", "", " ", "\u00a0", "\t", "\u200b", "  "];
    const respelled = (name: string) =>
      fc
        .array(fc.tuple(fc.boolean(), fc.constantFrom(...spaces)), {
          minLength: name.length,
          maxLength: name.length,
        })
        .map((choices) =>
          [...name]
            .map((ch, i) => `${choices[i]?.[0] ? (other[ch] ?? ch) : ch}${choices[i]?.[1] ?? ""}`)
            .join(""),
        );
    const base = fc
      .array(fc.constantFrom("ก", "ข", "3", "9", "a", "é", "σ", "-", "–"), { minLength: 1, maxLength: 4 })
      .map((chars) => chars.join(""));
    const names = fc
      .array(base, { minLength: 1, maxLength: 8 })
      .chain((bases) => fc.array(fc.constantFrom(...bases).chain(respelled), { maxLength: 40 }));
    fc.assert(
      fc.property(names, (list) => {
        const firstByKey = new Map<string, number>();
        const expected: [number, number][] = [];
        list.forEach((name, index) => {
          if (name === "") return;
          const first = firstByKey.get(nameKey(name));
          if (first === undefined) firstByKey.set(nameKey(name), index);
          else expected.push([index, first]);
        });
        expect(repeats(list)).toEqual(expected);
      }),
    );
  });
});
