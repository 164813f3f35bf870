import type { CellSpec, RowSpec, SheetSpec } from "../../src/domain/layout/SheetSpec";
import { FISCAL_MONTHS } from "../../src/domain/model/months";

/**
 * A ผด.02-shaped sheet of `rows` project rows (3 title rows, 1 header row, 22 columns, month bars),
 * for the benchmark and the sync-budget tests while the real layout module evolves.
 */
export function syntheticSheetSpec(rows: number, name = "ผด.02"): SheetSpec {
  const months = FISCAL_MONTHS;
  const headers = [
    "ที่",
    "โครงการ",
    "รายละเอียดของกิจกรรมที่เกิดขึ้นจากโครงการ",
    "งบประมาณ (บาท)",
    "สถานที่ดำเนินการ",
    "หน่วยงานรับผิดชอบหลัก",
    "แหล่งงบประมาณ",
    "หมายเหตุ",
    "ฉบับ",
    "แผนงาน",
    ...months,
  ];
  const width = headers.length;
  const blank = (): (CellSpec | null)[] => Array.from({ length: width }, () => null);
  const title = (text: string): RowSpec => {
    const cells = blank();
    cells[0] = { value: text, style: "title" };
    return { heightPt: 24, cells };
  };
  const body: RowSpec[] = Array.from({ length: rows }, (_, i) => {
    const cells = blank();
    cells[0] = { value: i + 1, style: "number" };
    cells[1] = { value: `โครงการพัฒนาถนนคอนกรีตเสริมเหล็กสายบ้านหนองบัวหมู่ที่ ${(i % 12) + 1}`, style: "text" };
    cells[2] = {
      value: `ก่อสร้างถนนคอนกรีตเสริมเหล็ก กว้าง 4 เมตร ยาว ${100 + (i % 400)} เมตร หนา 0.15 เมตร`,
      style: "text",
    };
    cells[3] = { value: 150_000 + (i % 97) * 1_000.5, style: "money" };
    cells[4] = { value: `หมู่ที่ ${(i % 12) + 1}`, style: "text" };
    cells[5] = { value: "กองช่าง", style: "text" };
    cells[6] = { value: "ข้อบัญญัติงบประมาณ", style: "text" };
    cells[7] = { value: i % 10 === 0 ? "=ยังไม่อนุมัติ" : "", style: "text" };
    cells[8] = { value: "หลัก", style: "text" };
    cells[9] = { value: "แผนงานอุตสาหกรรมและการโยธา", style: "text" };
    for (let m = 0; m < 12; m++)
      cells[10 + m] = { value: null, style: m >= i % 12 && m < (i % 12) + 3 ? "bar" : "month" };
    return { heightPt: 22, cells };
  });
  const border = { top: "thin", bottom: "thin", left: "thin", right: "thin" } as const;
  return {
    name,
    owner: { kind: "pd02", edition: "หลัก" },
    columns: headers.map((_, c) => ({ widthPt: c < 10 ? 90 : 28 })),
    rows: [
      title("บัญชีโครงการ/กิจกรรม/งบประมาณ"),
      title("แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2570"),
      title("องค์การบริหารส่วนตำบลตัวอย่าง"),
      { heightPt: 40, cells: headers.map((h) => ({ value: h, style: "header" })) },
      ...body,
    ],
    merges: [0, 1, 2].map((row) => ({ row, column: 0, rowCount: 1, columnCount: width })),
    styles: {
      title: { font: { name: "TH SarabunPSK", sizePt: 16, bold: true }, horizontal: "center" },
      header: {
        font: { name: "TH SarabunPSK", sizePt: 16, bold: true },
        horizontal: "center",
        vertical: "middle",
        wrap: true,
        border,
      },
      text: { font: { name: "TH SarabunPSK", sizePt: 16 }, vertical: "top", wrap: true, border },
      number: {
        font: { name: "TH SarabunPSK", sizePt: 16 },
        horizontal: "center",
        vertical: "top",
        border,
        numberFormat: "0",
      },
      money: {
        font: { name: "TH SarabunPSK", sizePt: 16 },
        horizontal: "right",
        vertical: "top",
        border,
        numberFormat: "#,##0.00",
      },
      month: { border },
      bar: { fill: "#808080", border },
    },
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      titleRows: { first: 1, last: 4 },
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
      centerHorizontally: true,
      headerRight: "แบบ ผด.02",
      footerCenter: "หน้า &P / &N",
      pageBreaksBefore: [],
    },
    frozenRows: 4,
  };
}
