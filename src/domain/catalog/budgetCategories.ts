/** งบ → หมวด pairs of the LAO expenditure classification (the budget manual's chart of งบ and หมวด). */
export const BUDGET_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  งบกลาง: ["งบกลาง"],
  งบบุคลากร: ["เงินเดือน (ฝ่ายการเมือง)", "เงินเดือน (ฝ่ายประจำ)"],
  งบดำเนินงาน: ["ค่าตอบแทน", "ค่าใช้สอย", "ค่าวัสดุ", "ค่าสาธารณูปโภค"],
  งบลงทุน: ["ค่าครุภัณฑ์", "ค่าที่ดินและสิ่งก่อสร้าง"],
  งบรายจ่ายอื่น: ["รายจ่ายอื่น"],
  งบเงินอุดหนุน: ["เงินอุดหนุน"],
};

/** Spellings of งบ seen in practice (NSO tables say "งบอุดหนุน"). */
export const BUDGET_TYPE_ALIASES: Readonly<Record<string, string>> = {
  งบอุดหนุน: "งบเงินอุดหนุน",
  รายจ่ายอื่น: "งบรายจ่ายอื่น",
  รายจ่ายอื่นๆ: "งบรายจ่ายอื่น",
};

export const EQUIPMENT_CATEGORY = "ค่าครุภัณฑ์";
