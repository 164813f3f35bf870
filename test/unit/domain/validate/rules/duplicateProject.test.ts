import fc from "fast-check";
import { findings, paramsOf } from "../../../../builders/findings";
import { planGrids } from "../../../../builders/planGrids";
import { typedTextKey } from "../../../../oracles/typedTextKey";
import { forEachRepeatedName } from "../../../../../src/domain/validate/rules/_lib/forEachRepeatedName";

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
      .withProject({
        โครงการ: "โครงการซ่อมถนน หมู่ที่ 3",
        ฉบับ: "เพิ่มเติม 1/2570",
        เหตุผลความจำเป็น: "ได้รับจัดสรรงบประมาณเพิ่ม",
      })
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

  // Names respelled the ways copying and typing respell them, over any Unicode: the rule must find
  // the rows an independent implementation of the key (test/oracles) calls repeats (issue #15).
  it("find the same first rows as an independent key over any Unicode, however the names are respelled", () => {
    const respellings: readonly ((name: string) => string)[] = [
      (n) => n,
      (n) => n.replace(/ำ/gu, "\u0e4d\u0e32"),
      (n) => n.replace(/ /gu, "\u00a0"),
      (n) => n.replace(/[0-9]/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0x0e50 - 0x30)),
      (n) => n.replace(/[0-9]/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xff10 - 0x30)),
      (n) => n.toUpperCase(),
      (n) => `\u200b${n}\ufeff`,
      (n) => [...n].join("\u00ad"),
      (n) => n.replace(/([่-๋])([ัิ-ื])/gu, "$2$1").replace(/([ัิ-ื])([่-๋])/gu, "$2$1"),
      (n) => n.replace(/แ/gu, "เเ"),
      (n) => `  ${n.replace(/ /gu, "   ")} `,
    ];
    const thai = fc.constantFrom(..."กขนปทยอำาเแัิีุู่้๊์ 3๓9a–×“’✓éÀ½".split(""));
    const base = fc.oneof(
      fc.array(thai, { minLength: 1, maxLength: 6 }).map((chars) => chars.join("")),
      fc.string({ unit: "binary", minLength: 1, maxLength: 5 }),
    );
    const names = fc
      .array(base, { minLength: 1, maxLength: 6 })
      .chain((bases) =>
        fc.array(fc.tuple(fc.constantFrom(...bases), fc.integer({ min: 0, max: respellings.length - 1 })), {
          maxLength: 30,
        }),
      )
      .map((picks) => picks.map(([name, how]) => (respellings[how] ?? ((n: string) => n))(name)));
    fc.assert(
      fc.property(names, (list) => {
        const firstByKey = new Map<string, number>();
        const expected: [number, number][] = [];
        list.forEach((name, index) => {
          if (name === "") return;
          const key = typedTextKey(name);
          const first = firstByKey.get(key);
          if (first === undefined) firstByKey.set(key, index);
          else expected.push([index, first]);
        });
        expect(repeats(list)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("call names that only copying or typing order made different the same", () => {
    const names = ["โครงการบำรุงรักษา แผนที่", "โครงการบ\u0e4d\u0e32รุงรักษา\u00a0เเผนท\u0e48\u0e35\u200b"];
    expect(repeats(names)).toEqual([[1, 0]]);
  });
});
