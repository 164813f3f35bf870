import type { OwnerStamp } from "../../../src/domain/layout/ownerMark";
import { generatedSheets } from "../../../src/app/generatedSheets";
import type { SheetInfo } from "../../../src/app/WorkbookPort";

const stamp = (inputFingerprint?: string): OwnerStamp => ({
  kind: "pd02",
  edition: "หลัก",
  generatedAt: "2026-11-27T03:00:00.000Z",
  ...(inputFingerprint === undefined ? {} : { inputFingerprint }),
});

const sheets: SheetInfo[] = [
  { name: "โครงการ", owner: null },
  { name: "ผด.02", owner: stamp("aaaa0001") },
  { name: "ผด.01", owner: stamp("bbbb0002") },
  { name: "ผด.02-1", owner: stamp() },
];

const staleNames = (current: string | null): string[] =>
  generatedSheets(sheets, current)
    .filter((s) => s.stale)
    .map((s) => s.name);

describe("generatedSheets", () => {
  it("lists only the sheets with an owner mark, with what the mark says", () => {
    expect(generatedSheets(sheets, "aaaa0001")).toEqual([
      {
        name: "ผด.02",
        edition: "หลัก",
        generatedAt: "2026-11-27T03:00:00.000Z",
        inputFingerprint: "aaaa0001",
        stale: false,
      },
      {
        name: "ผด.01",
        edition: "หลัก",
        generatedAt: "2026-11-27T03:00:00.000Z",
        inputFingerprint: "bbbb0002",
        stale: true,
      },
      {
        name: "ผด.02-1",
        edition: "หลัก",
        generatedAt: "2026-11-27T03:00:00.000Z",
        inputFingerprint: null,
        stale: true,
      },
    ]);
  });

  it("calls stale what was built from other data, from unknown data, or when the input cannot be read", () => {
    expect(staleNames("bbbb0002")).toEqual(["ผด.02", "ผด.02-1"]);
    expect(staleNames("cccc0003")).toEqual(["ผด.02", "ผด.01", "ผด.02-1"]);
    expect(staleNames(null)).toEqual(["ผด.02", "ผด.01", "ผด.02-1"]);
  });
});
