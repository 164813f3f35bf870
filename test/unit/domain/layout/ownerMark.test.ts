import {
  bangkokDateTime,
  formatOwnerMark,
  ownerNoteText,
  parseOwnerMark,
} from "../../../../src/domain/layout/ownerMark";

describe("owner mark with the input fingerprint", () => {
  it("round-trips the fingerprint as a 4th field", () => {
    const mark = formatOwnerMark({ kind: "pd02", edition: "หลัก" }, "2026-11-27T03:00:00Z", "a1b2c3d4");
    expect(mark).toBe("action-plan:pd02|หลัก|2026-11-27T03:00:00Z|a1b2c3d4");
    expect(parseOwnerMark(mark)).toEqual({
      kind: "pd02",
      edition: "หลัก",
      generatedAt: "2026-11-27T03:00:00Z",
      inputFingerprint: "a1b2c3d4",
    });
  });

  it("still reads marks written before fingerprints existed", () => {
    expect(parseOwnerMark("action-plan:pd01|หลัก|2026-11-27T03:00:00Z")).toEqual({
      kind: "pd01",
      edition: "หลัก",
      generatedAt: "2026-11-27T03:00:00Z",
    });
  });

  it("writes the note in Thai civil time (UTC+7), Buddhist year", () => {
    expect(ownerNoteText("2026-11-27T03:00:00Z", "a1b2c3d4")).toBe(
      "สร้างเมื่อ 27 พ.ย. 2569 10:00 จากข้อมูลชุด a1b2c3d4",
    );
    // 20:30 UTC on 31 Dec is already New Year's Day in Thailand.
    expect(bangkokDateTime("2026-12-31T20:30:00Z")).toEqual({ date: "2027-01-01", time: "03:30" });
    expect(bangkokDateTime("t1")).toBeNull();
  });
});
