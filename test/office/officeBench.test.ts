import { runOfficeBench } from "../../scripts/bench/officeBench";
import type { OfficeBenchLine } from "../../scripts/bench/officeBench";

describe("runOfficeBench", () => {
  it("keeps every command within 6 syncs and every request under 4 MB at 500 and 5,000 rows", async () => {
    const lines = (await runOfficeBench()) as OfficeBenchLine[];

    expect(lines.map((l) => `${l.scenario}@${l.rows}/${l.apiVersion}`)).toEqual(
      expect.arrayContaining([
        "office:insertTemplate@500/1.9",
        "office:read@5000/1.9",
        "office:writeTables@5000/1.7",
        "office:highlight@5000/1.9",
      ]),
    );
    for (const line of lines) {
      expect(line.syncs).toBeLessThanOrEqual(6);
      expect(line.maxRequestBytes).toBeLessThan(4_000_000);
    }
    const syncsOf = (scenario: string, rows: number) =>
      lines.find((l) => l.scenario === scenario && l.rows === rows && l.apiVersion === "1.9")?.syncs;
    // Reads are one sync unless the answer passes 5 MB; then size-driven blocks follow.
    expect(syncsOf("office:read", 500)).toBe(1);
    for (const line of lines) expect(line.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
    expect(syncsOf("office:insertTemplate", 5000)).toBe(syncsOf("office:insertTemplate", 500));
  }, 120_000);
});
