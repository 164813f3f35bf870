import { foldText } from "../../../../src/domain/text/foldText";
import { matchKey } from "../../../../src/domain/text/matchKey";

describe("foldText", () => {
  it("reads compatibility forms, Thai digits, dashes and quotes as their plain forms, spacing kept", () => {
    expect(foldText("เพิ่มเติม ๑／２๕๗๐")).toBe("เพิ่มเติม 1/2570");
    expect(foldText("１０,０００.๐๐ บาท")).toBe("10,000.00 บาท");
    expect(foldText("Wi\u2011Fi – “ทดสอบ” ‘ก’")).toBe("Wi-Fi - \"ทดสอบ\" 'ก'");
  });

  it("keeps ำ whole, which NFKC alone would split", () => {
    expect("ประจำปี".normalize("NFKC")).not.toBe("ประจำปี");
    expect(foldText("ประจำปี ๒๕๗๐")).toBe("ประจำปี 2570");
    expect(foldText("ＡＢ ประจำ")).toBe("AB ประจำ");
  });
});

describe("matchKey", () => {
  it("gives texts that print alike the same key", () => {
    const official = "ข้อบัญญัติงบประมาณรายจ่ายประจำปี";
    for (const typed of [
      "ข้อบัญญัติงบประมาณรายจ่ายประจ\u0e4d\u0e32ปี",
      "ข\u0e49อบัญญัติงบประมาณ\u00a0รายจ่ายประจำปี\u200b",
      " ข้อบัญญัติงบประมาณ  รายจ่ายประจำปี ",
    ]) {
      expect(matchKey(typed)).toBe(matchKey(official));
    }
    expect(matchKey("ＷＩ－ＦＩ หมู่ที่ ๓")).toBe(matchKey("wi-fi หมู่ที่3"));
  });

  it("keeps texts that print differently apart", () => {
    expect(matchKey("ข่อบัญญัติ")).not.toBe(matchKey("ข้อบัญญัติ"));
    expect(matchKey("อบต")).not.toBe(matchKey("อบต."));
    expect(matchKey("ค่าครุภัณฑ")).not.toBe(matchKey("ค่าครุภัณฑ์"));
  });
});
