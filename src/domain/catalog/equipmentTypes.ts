/** The 16 ประเภทครุภัณฑ์ of the LAO expenditure classification with their codes, and aliases accepted with a warning. */
export interface EquipmentTypeEntry {
  readonly code: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export const EQUIPMENT_TYPES: readonly EquipmentTypeEntry[] = [
  { code: "01", name: "ครุภัณฑ์สำนักงาน", aliases: [] },
  { code: "02", name: "ครุภัณฑ์การศึกษา", aliases: [] },
  { code: "03", name: "ครุภัณฑ์ยานพาหนะและขนส่ง", aliases: ["ครุภัณฑ์ยานพาหนะ"] },
  { code: "04", name: "ครุภัณฑ์การเกษตร", aliases: [] },
  { code: "05", name: "ครุภัณฑ์ก่อสร้าง", aliases: [] },
  { code: "06", name: "ครุภัณฑ์ไฟฟ้าและวิทยุ", aliases: [] },
  { code: "07", name: "ครุภัณฑ์โฆษณาและเผยแพร่", aliases: [] },
  {
    code: "08",
    name: "ครุภัณฑ์วิทยาศาสตร์หรือการแพทย์",
    aliases: ["ครุภัณฑ์วิทยาศาสตร์และการแพทย์", "ครุภัณฑ์วิทยาศาสตร์การแพทย์"],
  },
  { code: "09", name: "ครุภัณฑ์งานบ้านงานครัว", aliases: [] },
  { code: "10", name: "ครุภัณฑ์โรงงาน", aliases: ["ครุภัณฑ์งานโรงงาน"] },
  { code: "11", name: "ครุภัณฑ์กีฬา", aliases: [] },
  { code: "12", name: "ครุภัณฑ์สำรวจ", aliases: [] },
  { code: "13", name: "ครุภัณฑ์ดนตรีและนาฏศิลป์", aliases: [] },
  { code: "14", name: "ครุภัณฑ์คอมพิวเตอร์หรืออิเล็กทรอนิกส์", aliases: ["ครุภัณฑ์คอมพิวเตอร์"] },
  { code: "15", name: "ครุภัณฑ์สนาม", aliases: [] },
  { code: "16", name: "ครุภัณฑ์อื่น", aliases: ["ครุภัณฑ์อื่นๆ", "ครุภัณฑ์อื่น ๆ"] },
];

/** Position of a type in the official list (for ordering ผด.02/1 groups). */
export function equipmentTypeOrder(name: string): number {
  const index = EQUIPMENT_TYPES.findIndex((t) => t.name === name);
  return index < 0 ? EQUIPMENT_TYPES.length : index;
}
