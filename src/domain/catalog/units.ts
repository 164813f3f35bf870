/**
 * Usual units (ส่วนราชการ) of an อปท. with spellings seen in plans. Units not listed are fine (other
 * agencies run projects too); only a listed alias is normalised, with a warning.
 */
export interface UnitEntry {
  readonly name: string;
  readonly aliases: readonly string[];
}

export const UNITS: readonly UnitEntry[] = [
  { name: "สำนักปลัด", aliases: ["สำนักงานปลัด", "สป.", "สำนักปลัด อบต.", "สำนักปลัดองค์การบริหารส่วนตำบล"] },
  { name: "สำนักปลัดเทศบาล", aliases: ["สำนักปลัดฯ"] },
  { name: "กองคลัง", aliases: ["กองการคลัง"] },
  { name: "กองช่าง", aliases: ["กองการช่าง"] },
  {
    name: "กองการศึกษา ศาสนาและวัฒนธรรม",
    aliases: ["กองการศึกษาฯ", "กองการศึกษา ศาสนาฯ"],
  },
  { name: "กองสาธารณสุขและสิ่งแวดล้อม", aliases: ["กองสาธารณสุขฯ", "กองสาธารณสุข"] },
  { name: "กองสวัสดิการสังคม", aliases: ["กองสวัสดิการฯ", "กองสวัสดิการ"] },
  { name: "กองวิชาการและแผนงาน", aliases: ["กองวิชาการฯ", "กองวิชาการ"] },
  { name: "กองส่งเสริมการเกษตร", aliases: ["กองเกษตร", "กองส่งเสริมการเกษตรฯ"] },
  { name: "กองการเจ้าหน้าที่", aliases: [] },
  { name: "กองยุทธศาสตร์และงบประมาณ", aliases: ["กองยุทธศาสตร์ฯ"] },
  { name: "กองการประปา", aliases: ["กองประปา"] },
  { name: "หน่วยตรวจสอบภายใน", aliases: ["หน่วยตรวจสอบฯ"] },
];
