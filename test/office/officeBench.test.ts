import { runOfficeBench } from "../../scripts/bench/officeBench";
import type { OfficeBenchLine } from "../../scripts/bench/officeBench";

const FOUR_MB = 4_000_000;

describe("runOfficeBench (real layouts of the sample plan scaled, every template table)", () => {
  let lines: OfficeBenchLine[];
  beforeAll(async () => {
    lines = (await runOfficeBench()) as OfficeBenchLine[];
  }, 120_000);
  const line = (scenario: string, rows: number, apiVersion = "1.9"): OfficeBenchLine => {
    const found = lines.find(
      (l) => l.scenario === scenario && l.rows === rows && l.apiVersion === apiVersion,
    );
    if (!found) throw new Error(`no ${scenario}@${rows}/${apiVersion}`);
    return found;
  };

  it("keeps every request under 4 MB and every answer under 5 MB, none refused", () => {
    expect(lines.map((l) => `${l.scenario}@${l.rows}/${l.apiVersion}`)).toEqual(
      expect.arrayContaining([
        "office:insertTemplate@500/1.9",
        "office:read@5000/1.9",
        "office:read-dense@5000/1.9",
        "office:writeTables@5000/1.7",
        "office:highlight@5000/1.9",
      ]),
    );
    for (const l of lines) {
      expect(l.maxRequestBytes).toBeLessThan(FOUR_MB);
      expect(l.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
      expect(l.rejectedResponses).toBe(0);
    }
  });

  it("writes, inserts and highlights a 500-project plan in at most 6 syncs; larger ones in one sync per ~1.5 MB at worst", () => {
    for (const l of lines.filter((x) => !x.scenario.startsWith("office:read"))) {
      // Requests are capped under Office's 5 MB: a 5,000-project ผด.02 with its arrows is ~17 MB to send,
      // so syncs follow the bytes, never the rows as such (each sync after the first carries ≥ 1.5 MB on average).
      if (l.rows <= 500) expect(l.syncs).toBeLessThanOrEqual(6);
      expect(l.syncs).toBeLessThanOrEqual(Math.max(6, 1 + Math.ceil(l.requestBytes / 1_500_000)));
    }
    expect(line("office:insertTemplate", 5000).syncs).toBe(line("office:insertTemplate", 500).syncs);
  });

  it("reads every table of a 500-project plan in one sync", () => {
    expect(line("office:read", 500).syncs).toBe(1);
    expect(line("office:read-dense", 500).syncs).toBe(1);
  });

  it("reads larger plans in one sync per ~4 MB of answer, at most one more than the least possible", () => {
    // The answer's bytes are the data's: under a 5 MB answer limit no design needs fewer than
    // ⌈bytes / 5 MB⌉ syncs; the adapter plans ~4 MB per answer and measures on the first.
    for (const l of lines.filter((x) => x.scenario.startsWith("office:read"))) {
      expect(l.syncs).toBeLessThanOrEqual(1 + Math.ceil(l.responseBytes / FOUR_MB));
    }
    expect(line("office:read", 5000).syncs).toBeLessThanOrEqual(3);
    expect(line("office:read-dense", 5000).syncs).toBeLessThanOrEqual(6);
  });
});
