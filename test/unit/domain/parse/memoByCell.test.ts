import { memoByCell } from "../../../../src/domain/parse/memoByCell";
import { readCatalogCell } from "../../../../src/domain/parse/readFields";
import { CATALOG } from "../../../../src/domain/catalog/catalog";

describe("memoByCell", () => {
  const readWorkPlan = (value: Parameters<typeof readCatalogCell>[0]) =>
    readCatalogCell(value, CATALOG.workPlans);

  it("reads a repeated work plan once and returns the same reading", () => {
    let reads = 0;
    const read = memoByCell((value) => {
      reads += 1;
      return readWorkPlan(value);
    });
    const first = read("แผนงานการพานิชย์");
    expect(read("แผนงานการพานิชย์")).toBe(first);
    expect(first).toEqual(readWorkPlan("แผนงานการพานิชย์"));
    expect(reads).toBe(1);
  });

  it("keeps a typed number apart from the same digits as text", () => {
    const read = memoByCell((value) => typeof value);
    expect(read(1)).toBe("number");
    expect(read("1")).toBe("string");
  });

  it("keeps -0 apart from 0", () => {
    const read = memoByCell((value) => Object.is(value, -0));
    expect(read(0)).toBe(false);
    expect(read(-0)).toBe(true);
  });

  it("reads error cells every time rather than keeping them", () => {
    let reads = 0;
    const read = memoByCell(() => (reads += 1));
    read({ error: "#REF!" });
    read({ error: "#REF!" });
    expect(reads).toBe(2);
  });
});
