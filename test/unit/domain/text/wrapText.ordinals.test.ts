import { estimateTextWidth } from "../../../../src/domain/text/estimateTextWidth";
import { wrapText } from "../../../../src/domain/text/wrapText";

const SIZE = 16;

describe("ordinals stay whole with their number: ครั้งที่ 1/2570, ฉบับที่ 3, เมื่อวันที่ 27", () => {
  // Seen on the printed notice of a later edition: "…เพิ่มเติม ครั้ง" | "ที่ 1/2570 เมื่อวันที่ …".
  it.each([
    ["แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2570 เพิ่มเติม ครั้งที่ 1/2570 เมื่อวันที่ 27 กุมภาพันธ์ พ.ศ. 2570", "ครั้งที่ 1/2570"],
    ["ระเบียบกระทรวงมหาดไทย พ.ศ. 2548 และแก้ไขเพิ่มเติมถึง (ฉบับที่ 3) พ.ศ. 2561 จึงประกาศใช้", "(ฉบับที่ 3)"],
    ["คณะกรรมการพัฒนาท้องถิ่นได้พิจารณาร่างแผนการดำเนินงานเมื่อวันที่ 27 กุมภาพันธ์", "วันที่ 27"],
  ])("%s keeps %s on one line at every width", (text, kept) => {
    let widths = 0;
    for (let width = estimateTextWidth(kept, SIZE) + 2; width < estimateTextWidth(text, SIZE); width += 5) {
      widths += 1;
      const lines = wrapText(text, width, SIZE);
      expect(lines.join("").replace(/\s/gu, "")).toBe(text.replace(/\s/gu, ""));
      expect(`${width}: ${lines.some((line) => line.includes(kept))} ${lines.join("|")}`).toMatch(
        new RegExp(`^${width}: true`, "u"),
      );
    }
    expect(widths).toBeGreaterThan(10);
  });
});
