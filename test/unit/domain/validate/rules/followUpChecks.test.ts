import { findings, paramsOf } from "../../../../builders/findings";
import { planGrids, type RowValues } from "../../../../builders/planGrids";

/** A project of 10,000 baht (the builder's default) with these follow-up values. */
const withFollowUp = (values: RowValues) => planGrids().withProject(values).build();
const ok = { สถานะ: "อยู่ระหว่างดำเนินการ" };

describe("followUpChecks", () => {
  it("passes a consistent record: contract within budget, disbursed within the contract", () => {
    expect(
      findings(
        withFollowUp({
          สถานะ: "ดำเนินการแล้วเสร็จ",
          วันที่ลงนามสัญญา: "1 ธ.ค. 2569",
          "จำนวนเงินตามสัญญา (บาท)": 9500,
          "เบิกจ่ายแล้ว (บาท)": 9500,
          วันที่แล้วเสร็จ: "15 ม.ค. 2570",
        }),
      ),
    ).toEqual([]);
  });

  it("warns when more is disbursed than the contract", () => {
    const grids = withFollowUp({ ...ok, "จำนวนเงินตามสัญญา (บาท)": 9000, "เบิกจ่ายแล้ว (บาท)": 9000.01 });
    expect(findings(grids)).toEqual(["warning disbursed-over-contract โครงการ!AG2"]);
    expect(paramsOf(grids, "disbursed-over-contract")).toEqual({ disbursed: 900_001, contract: 900_000 });
  });

  it("warns when more is disbursed than the budget, and when the contract is above it", () => {
    expect(findings(withFollowUp({ ...ok, "เบิกจ่ายแล้ว (บาท)": 10000.5 }))).toEqual([
      "warning disbursed-over-budget โครงการ!AG2",
    ]);
    expect(findings(withFollowUp({ ...ok, "เบิกจ่ายแล้ว (บาท)": 10000 }))).toEqual([]);
    expect(findings(withFollowUp({ ...ok, "จำนวนเงินตามสัญญา (บาท)": 12000 }))).toEqual([
      "warning contract-over-budget โครงการ!AF2",
    ]);
    expect(paramsOf(withFollowUp({ ...ok, "จำนวนเงินตามสัญญา (บาท)": 12000 }), "contract-over-budget")).toEqual(
      {
        contract: 1_200_000,
        budget: 1_000_000,
      },
    );
    // Over a contract that is itself over the budget: two warnings say it all.
    expect(
      findings(withFollowUp({ ...ok, "จำนวนเงินตามสัญญา (บาท)": 12000, "เบิกจ่ายแล้ว (บาท)": 13000 })),
    ).toEqual(["warning contract-over-budget โครงการ!AF2", "warning disbursed-over-contract โครงการ!AG2"]);
  });

  it("leaves out budget comparisons for projects no one here pays for", () => {
    const grids = withFollowUp({
      ...ok,
      แหล่งงบประมาณ: "หน่วยงานอื่นดำเนินการ",
      "งบประมาณ (บาท)": 0,
      "จำนวนเงินตามสัญญา (บาท)": 500000,
      "เบิกจ่ายแล้ว (บาท)": 100000,
    });
    expect(findings(grids).filter((f) => !f.includes("budget-with"))).toEqual([]);
  });

  it("warns about a completed project without its completion date", () => {
    const grids = withFollowUp({ สถานะ: "ดำเนินการแล้วเสร็จ", "เบิกจ่ายแล้ว (บาท)": 10000 });
    expect(findings(grids)).toEqual(["warning completed-without-date โครงการ!AH2"]);
  });

  it("warns about a completed project with money still undisbursed", () => {
    const done = { สถานะ: "ดำเนินการแล้วเสร็จ", วันที่แล้วเสร็จ: "15 ม.ค. 2570" };
    const underContract = withFollowUp({ ...done, "จำนวนเงินตามสัญญา (บาท)": 9500, "เบิกจ่ายแล้ว (บาท)": 5000 });
    expect(findings(underContract)).toEqual(["warning completed-not-fully-disbursed โครงการ!AG2"]);
    expect(paramsOf(underContract, "completed-not-fully-disbursed")).toEqual({
      disbursed: 500_000,
      expected: 950_000,
      basis: "contract",
    });
    expect(paramsOf(withFollowUp(done), "completed-not-fully-disbursed")).toEqual({
      disbursed: 0,
      expected: 1_000_000,
      basis: "budget",
    });
    // Without a contract, an activity that cost less than its budget is normal.
    expect(findings(withFollowUp({ ...done, "เบิกจ่ายแล้ว (บาท)": 8000 }))).toEqual([]);
  });

  it("warns about money disbursed on a project not started (blank too) or cancelled", () => {
    expect(findings(withFollowUp({ สถานะ: "ยกเลิก", "เบิกจ่ายแล้ว (บาท)": 500 }))).toEqual([
      "warning disbursed-not-started โครงการ!AG2",
    ]);
    expect(paramsOf(withFollowUp({ "เบิกจ่ายแล้ว (บาท)": 500 }), "disbursed-not-started")).toEqual({
      status: "",
      disbursed: 50_000,
    });
    expect(
      paramsOf(withFollowUp({ สถานะ: "ยังไม่ดำเนินการ", "เบิกจ่ายแล้ว (บาท)": 1 }), "disbursed-not-started"),
    ).toEqual({
      status: "ยังไม่ดำเนินการ",
      disbursed: 100,
    });
    expect(findings(withFollowUp({ สถานะ: "ยกเลิก", "เบิกจ่ายแล้ว (บาท)": 0 }))).toEqual([]);
  });

  it("warns about dates outside the fiscal year and a completion before the contract", () => {
    expect(findings(withFollowUp({ ...ok, วันที่ลงนามสัญญา: "30 ก.ย. 2569" }))).toEqual([
      "warning follow-up-date-outside-year โครงการ!AE2",
    ]);
    expect(
      paramsOf(withFollowUp({ ...ok, วันที่แล้วเสร็จ: "1 ต.ค. 2570" }), "follow-up-date-outside-year"),
    ).toEqual({ field: "completionDate", date: "2027-10-01", fiscalYear: 2570 });
    expect(
      findings(withFollowUp({ ...ok, วันที่ลงนามสัญญา: "1 ต.ค. 2569", วันที่แล้วเสร็จ: "30 ก.ย. 2570" })),
    ).toEqual([]);
    const reversed = withFollowUp({ ...ok, วันที่ลงนามสัญญา: "15 ม.ค. 2570", วันที่แล้วเสร็จ: "20 ธ.ค. 2569" });
    expect(findings(reversed)).toEqual(["warning completion-before-contract โครงการ!AH2"]);
    expect(paramsOf(reversed, "completion-before-contract")).toEqual({
      contractDate: "2027-01-15",
      completionDate: "2026-12-20",
    });
  });

  it("checks equipment rows too", () => {
    const grids = planGrids().withEquipment({ สถานะ: "อยู่ระหว่างดำเนินการ", "เบิกจ่ายแล้ว (บาท)": 6000 }).build();
    expect(findings(grids)).toEqual(["warning disbursed-over-budget ครุภัณฑ์!AB2"]);
  });
});
