import { SheetNameTakenError } from "../../../../../src/app/WorkbookPort";
import type { SheetSpec } from "../../../../../src/domain/layout/SheetSpec";
import { syntheticSheetSpec } from "../../../../office/syntheticSheetSpec";
import { officialSheets } from "../../../../../scripts/bench/officialSheets";
import { toA1 } from "../../../../../src/domain/grid/a1";
import { DEGRADED } from "../../../../../src/adapters/office/degradation";
import { officeOnFake } from "../../../../office/officeOnFake";

const GENERATED_AT = "2026-11-27T10:00:00Z";
const FOUR_MB = 4_000_000;

function setup(apiVersion: "1.7" | "1.8" | "1.9" = "1.9") {
  return officeOnFake({ apiVersion });
}

/** A one-column sheet whose body cells hold the given texts (rows 2…). */
function textSheet(name: string, texts: readonly string[]): SheetSpec {
  const base = syntheticSheetSpec(0, name);
  return {
    ...base,
    columns: [{ widthPt: 120 }],
    merges: [],
    rows: [
      { heightPt: 20, cells: [{ value: "หัวข้อ", style: "header" }] },
      ...texts.map((text) => ({ heightPt: 20, cells: [{ value: text, style: "text" }] })),
    ],
  };
}

describe("writeSheets sync budget", () => {
  it.each([500, 5000])("writes a %i-row ผด.02 in at most 6 syncs, every request under 4 MB", async (rows) => {
    const { fake, workbook, state } = setup();
    await workbook.writeSheets([syntheticSheetSpec(rows)], GENERATED_AT);

    expect(fake.stats.syncs).toBeLessThanOrEqual(6);
    expect(Math.max(...fake.stats.requestBytes)).toBeLessThan(FOUR_MB);
    // The last project row is row 4 + rows (3 title rows, 1 header row).
    expect(state.valueAt("ผด.02", `A${4 + rows}`)).toBe(rows);
    expect(state.valueAt("ผด.02", "B5")).toBe("โครงการพัฒนาถนนคอนกรีตเสริมเหล็กสายบ้านหนองบัวหมู่ที่ 1");
  });

  it.each([
    ["1.9", 500],
    ["1.7", 500],
    ["1.9", 5000],
    ["1.7", 5000],
  ] as const)(
    "writes the main edition's real ผด.01, ผด.02, ผด.02/1 and notice on ExcelApi %s for %i projects: few syncs, each request under 4 MB",
    async (version, projects) => {
      const { fake, workbook, state } = setup(version);
      const sheets = officialSheets(projects);
      await workbook.writeSheets(sheets, GENERATED_AT);

      const sent = fake.stats.requestBytes.reduce((a, b) => a + b, 0);
      // A plan of 500 projects in at most 3 syncs. Beyond, the bytes decide (5,000 projects with the
      // schedule's arrows are ~17 MB to send, under Office's 5 MB per request): each sync after the
      // first carries at least 1.5 MB on average, so syncs never grow with rows as such.
      if (projects <= 500) expect(fake.stats.syncs).toBeLessThanOrEqual(3);
      expect(fake.stats.syncs).toBeLessThanOrEqual(1 + Math.ceil(sent / 1_500_000));
      expect(Math.max(...fake.stats.requestBytes)).toBeLessThan(FOUR_MB);
      // Every number of each sheet's last row landed where the layout put it.
      let numbers = 0;
      for (const spec of sheets) {
        const r = spec.rows.length - 1;
        spec.rows[r]?.cells.forEach((cell, c) => {
          if (typeof cell?.value !== "number") return;
          numbers++;
          expect(state.valueAt(spec.name, toA1(r, c))).toBe(cell.value);
        });
      }
      expect(numbers).toBeGreaterThan(0);
    },
    60_000,
  );

  it("does not add syncs with rows beyond size-driven chunks", async () => {
    const small = setup();
    await small.workbook.writeSheets([syntheticSheetSpec(500)], GENERATED_AT);
    const large = setup();
    await large.workbook.writeSheets([syntheticSheetSpec(5000)], GENERATED_AT);

    const largeBytes = large.fake.stats.requestBytes.reduce((a, b) => a + b, 0);
    expect(large.fake.stats.syncs).toBeLessThanOrEqual(
      small.fake.stats.syncs + Math.ceil(largeBytes / FOUR_MB),
    );
  });

  it("splits a write larger than 4 MB into several requests, each under 4 MB", async () => {
    const { fake, workbook, state } = setup();
    const long = "ก".repeat(2_000);
    await workbook.writeSheets(
      [
        textSheet(
          "ยาว",
          Array.from({ length: 1_500 }, () => long),
        ),
      ],
      GENERATED_AT,
    );

    const writes = fake.stats.requestBytes.slice(1);
    expect(writes.length).toBeGreaterThan(1);
    for (const bytes of fake.stats.requestBytes) expect(bytes).toBeLessThan(FOUR_MB);
    expect(state.valueAt("ยาว", "A1501")).toBe(long);
  });
});

describe("writeSheets progress", () => {
  it("reports each batch after its sync: done counts up to the number of write requests", async () => {
    const { fake, workbook } = setup();
    const long = "ก".repeat(2_000);
    const seen: { done: number; total: number; syncs: number }[] = [];
    await workbook.writeSheets(
      [
        textSheet(
          "ยาว",
          Array.from({ length: 1_500 }, () => long),
        ),
      ],
      GENERATED_AT,
      undefined,
      (progress) => seen.push({ ...progress, syncs: fake.stats.syncs }),
    );

    const writes = fake.stats.syncs - 1;
    expect(writes).toBeGreaterThan(1);
    expect(seen).toEqual(
      Array.from({ length: writes }, (_, i) => ({ done: i + 1, total: writes, syncs: i + 2 })),
    );
  });
});

describe("writeSheets keeps user text as text", () => {
  it.each(["=SUM(A1:A3)", "+66 81 234 5678", "-5", "@home", "'quoted", "001", '=HYPERLINK("http://x","y")'])(
    "writes %s as literal text in a text-formatted cell",
    async (text) => {
      const { workbook, state } = setup();
      await workbook.writeSheets([textSheet("ข้อความ", [text])], GENERATED_AT);

      const cell = state.cell("ข้อความ", "A2");
      expect(cell?.formula).toBeUndefined();
      expect(cell?.value).toBe(text);
      expect(cell?.numberFormat).toBe("@");
    },
  );
});

describe("writeSheets never overwrites a user's sheet", () => {
  it("throws SheetNameTakenError before writing anything when a user's sheet has the name", async () => {
    const { fake, workbook, state } = setup();
    state.setValues("ผด.01", "A1", [["งานของฉัน"]]);

    await expect(
      workbook.writeSheets([syntheticSheetSpec(5, "ผด.02"), syntheticSheetSpec(5, "ผด.01")], GENERATED_AT),
    ).rejects.toThrow(SheetNameTakenError);

    expect(state.valueAt("ผด.01", "A1")).toBe("งานของฉัน");
    expect(state.sheet("ผด.02")).toBeNull();
    expect(fake.stats.syncs).toBe(1);
  });

  it("replaces a sheet it generated before (found by the owner mark in row 1)", async () => {
    const { workbook, state } = setup();
    await workbook.writeSheets([syntheticSheetSpec(10)], GENERATED_AT);
    state.setValues("ผด.02", "A20", [["ค้างจากรุ่นก่อน"]]);

    await workbook.writeSheets([syntheticSheetSpec(3)], "2026-11-28T09:00:00Z");

    expect(state.valueAt("ผด.02", "A20")).toBeNull();
    expect(state.valueAt("ผด.02", "A7")).toBe(3);
    // 22 columns → mark at column index 23 = "X".
    expect(String(state.valueAt("ผด.02", "X1"))).toMatch(/^action-plan:pd02\|หลัก\|2026-11-28T09:00:00Z\|/);
    expect(state.sheets.filter((s) => s.name === "ผด.02")).toHaveLength(1);
  });
});

describe("writeSheets layout", () => {
  it("sets the header/footer font, a first page without header, and numbering from 1", async () => {
    const { workbook, state } = setup("1.9");
    const base = syntheticSheetSpec(3);
    const print = {
      ...base.print,
      headerFooterFont: { name: "TH SarabunPSK", sizePt: 14 },
      headerOnFirstPage: false,
      firstPageNumber: 1,
    };
    await workbook.writeSheets([{ ...base, print }], GENERATED_AT);
    expect(state.requireSheet("ผด.02").pageLayout).toMatchObject({
      rightHeader: '&"TH SarabunPSK,Bold"&14แบบ ผด.02',
      centerFooter: '&"TH SarabunPSK,Regular"&14หน้า &P / &N',
      headerFooterState: "FirstAndDefault",
      "firstPage.rightHeader": "",
      "firstPage.centerFooter": '&"TH SarabunPSK,Regular"&14หน้า &P / &N',
      firstPageNumber: 1,
    });
  });

  it("applies merges, widths, heights, frozen rows, styles and print setup on ExcelApi 1.9", async () => {
    const { workbook, state } = setup("1.9");
    const report = await workbook.writeSheets([syntheticSheetSpec(20)], GENERATED_AT);

    const sheet = state.requireSheet("ผด.02");
    expect(sheet.merges).toContainEqual({ row: 0, column: 0, rowCount: 1, columnCount: 22 });
    expect(sheet.columnWidths.get(0)).toBe(90);
    expect(sheet.columnWidths.get(21)).toBe(28);
    expect(sheet.rowHeights.get(3)).toBe(40);
    expect(sheet.frozenRows).toBe(4);
    expect(state.cell("ผด.02", "B5")?.format["font.name"]).toBe("TH SarabunPSK");
    expect(state.cell("ผด.02", "D5")?.numberFormat).toBe("#,##0.00");
    expect(state.cell("ผด.02", "K5")?.format["fill.color"]).toBe("#808080");
    expect(state.cell("ผด.02", "N5")?.format["fill.color"]).toBeUndefined();
    expect(state.cell("ผด.02", "N5")?.format["borders.EdgeTop.style"]).toBe("Continuous");
    expect(sheet.pageLayout).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$4",
      printArea: "A1:V24",
      centerFooter: "หน้า &P / &N",
      rightHeader: "แบบ ผด.02",
    });
    expect(report.manualSteps).toEqual([]);
    expect(state.eventsEnabled).toBe(true);
  });

  it.each(["1.7", "1.8"] as const)(
    "on ExcelApi %s leaves page setup to the user and says exactly what",
    async (version) => {
      const { workbook, state, fake } = setup(version);
      const report = await workbook.writeSheets([syntheticSheetSpec(500)], GENERATED_AT);

      expect(state.requireSheet("ผด.02").pageLayout).toEqual({});
      expect(report.manualSteps).toEqual([
        {
          code: DEGRADED.printSetup,
          sheet: "ผด.02",
          params: expect.objectContaining({
            paper: "A4",
            orientation: "landscape",
            fitToPagesWide: 1,
            printTitleRows: "$1:$4",
          }),
        },
      ]);
      expect(state.cell("ผด.02", "K5")?.format["fill.color"]).toBe("#808080");
      expect(fake.stats.syncs).toBeLessThanOrEqual(6);
    },
  );
});

describe("writeSheets through the port", () => {
  it("returns no manual steps on ExcelApi 1.9", async () => {
    const { workbook } = setup("1.9");
    expect((await workbook.writeSheets([syntheticSheetSpec(3)], "2026-11-27T03:00:00Z")).manualSteps).toEqual(
      [],
    );
  });

  it("stamps the input fingerprint into the mark and writes the Thai note next to it", async () => {
    const { workbook, state } = setup("1.7");
    await workbook.writeSheets([syntheticSheetSpec(3)], "2026-11-27T03:00:00Z", "a1b2c3d4");
    // 22 columns → mark at column index 23 = "X", note at "Y".
    expect(String(state.valueAt("ผด.02", "X1"))).toMatch(
      /^action-plan:pd02\|หลัก\|2026-11-27T03:00:00Z\|a1b2c3d4\|/,
    );
    expect(state.valueAt("ผด.02", "Y1")).toBe("สร้างเมื่อ 27 พ.ย. 2569 10:00 จากข้อมูลชุด a1b2c3d4");
    expect((await workbook.listSheets()).find((s) => s.name === "ผด.02")?.owner).toEqual({
      kind: "pd02",
      edition: "หลัก",
      generatedAt: "2026-11-27T03:00:00Z",
      inputFingerprint: "a1b2c3d4",
    });
  });
});
