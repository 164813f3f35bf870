import { detectCapabilities } from "../../../../src/adapters/office/capabilities";

const upTo = (minor: number) => (name: string, version?: string) =>
  name === "ExcelApi" && Number((version ?? "1.1").split(".")[1]) <= minor;

describe("detectCapabilities", () => {
  it("Office 2019 (ExcelApi 1.7): supported, no dropdowns, no print setup", () => {
    expect(detectCapabilities(upTo(7))).toEqual({
      supported: true,
      dataValidation: false,
      toggleEvents: false,
      pageLayout: false,
      rangeAreas: false,
      cellProperties: false,
      suspendScreenUpdating: false,
      images: false,
      tableResize: false,
      mergedAreas: false,
    });
  });

  it("ExcelApi 1.8 adds dropdowns and turning events off", () => {
    expect(detectCapabilities(upTo(8))).toMatchObject({
      dataValidation: true,
      toggleEvents: true,
      pageLayout: false,
    });
  });

  it("ExcelApi 1.9 has all but the 1.13 members", () => {
    expect(detectCapabilities(upTo(9))).toMatchObject({
      pageLayout: true,
      images: true,
      tableResize: false,
      mergedAreas: false,
    });
  });

  it("ExcelApi 1.13 and later have everything", () => {
    expect(Object.values(detectCapabilities(upTo(13))).every(Boolean)).toBe(true);
    expect(Object.values(detectCapabilities(upTo(21))).every(Boolean)).toBe(true);
  });

  it("below 1.7 the add-in is not supported", () => {
    expect(detectCapabilities(upTo(6)).supported).toBe(false);
  });
});
