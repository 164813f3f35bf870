import { findings, paramsOf } from "../../../../builders/findings";
import { planGrids } from "../../../../builders/planGrids";

// Projects: AD สถานะ, AE วันที่ลงนามสัญญา, AF จำนวนเงินตามสัญญา, AG เบิกจ่ายแล้ว, AH วันที่แล้วเสร็จ.
describe("followUpValues", () => {
  it("passes a row whose follow-up cells all read", () => {
    const grids = planGrids()
      .withProject({
        สถานะ: "อยู่ระหว่างดำเนินการ",
        วันที่ลงนามสัญญา: "1 ธ.ค. 2569",
        "จำนวนเงินตามสัญญา (บาท)": "9,500",
        "เบิกจ่ายแล้ว (บาท)": 0,
      })
      .build();
    expect(findings(grids)).toEqual([]);
  });

  it("warns about a status not in the list, saying which it nearly is", () => {
    const grids = planGrids().withProject({ สถานะ: "ดำเนินการแล้วเสร็" }).build();
    expect(findings(grids)).toEqual(["warning unknown-follow-up-status โครงการ!AD2"]);
    expect(paramsOf(grids, "unknown-follow-up-status")).toEqual({
      value: "ดำเนินการแล้วเสร็",
      nearest: "ดำเนินการแล้วเสร็จ",
    });
  });

  it("warns about a variant of a status, with the status it was read as", () => {
    const grids = planGrids().withProject({ สถานะ: "ระหว่างดำเนินการ" }).build();
    expect(findings(grids)).toEqual(["warning follow-up-status-alias โครงการ!AD2"]);
    expect(paramsOf(grids, "follow-up-status-alias")).toEqual({
      value: "ระหว่างดำเนินการ",
      canonical: "อยู่ระหว่างดำเนินการ",
    });
  });

  it("warns about amounts that are no amount, negative or too large, in projects and equipment", () => {
    const grids = planGrids()
      .withProject({ สถานะ: "อยู่ระหว่างดำเนินการ", "จำนวนเงินตามสัญญา (บาท)": "ห้าพัน", "เบิกจ่ายแล้ว (บาท)": -5 })
      .withEquipment({ สถานะ: "อยู่ระหว่างดำเนินการ", "เบิกจ่ายแล้ว (บาท)": 5e12 })
      .build();
    expect(findings(grids)).toEqual([
      "warning unreadable-follow-up-amount โครงการ!AF2",
      "warning unreadable-follow-up-amount โครงการ!AG2",
      "warning unreadable-follow-up-amount ครุภัณฑ์!AB2",
    ]);
    const problems = findings(grids).length;
    expect(problems).toBe(3);
    expect(
      paramsOf(planGrids().withProject({ "เบิกจ่ายแล้ว (บาท)": -5 }).build(), "unreadable-follow-up-amount"),
    ).toEqual({
      value: "-5",
      field: "disbursed",
      problem: "negative",
    });
  });

  it("warns about dates that cannot be read, and about two-digit years with the date probably meant", () => {
    const grids = planGrids()
      .withProject({
        สถานะ: "ดำเนินการแล้วเสร็จ",
        วันที่ลงนามสัญญา: "ต้นเดือน",
        วันที่แล้วเสร็จ: "15/1/70",
        "เบิกจ่ายแล้ว (บาท)": 10000,
      })
      .build();
    expect(findings(grids)).toEqual([
      "warning unreadable-date โครงการ!AE2",
      "warning two-digit-year โครงการ!AH2",
    ]);
    expect(paramsOf(grids, "two-digit-year")).toEqual({ value: "15/1/70", meant: "2027-01-15" });
  });

  it("reads the FollowUpReports table: an unknown round and an unreadable date are warnings", () => {
    const grids = planGrids()
      .withFollowUpReport({ รอบรายงาน: "รอบ 12 เดือน", วันที่ผู้บริหารเสนอผล: "20 ธ.ค. 2570" })
      .withFollowUpReport({ รอบรายงาน: "รอบพิเศษ", วันที่ประกาศผล: "วันพุธ" })
      .build();
    expect(findings(grids)).toEqual([
      "warning unknown-follow-up-round ติดตามผล!A3",
      "warning unreadable-date ติดตามผล!C3",
    ]);
  });
});
