/**
 * The 12 แผนงาน in official order, with their ด้าน (the classification in force from FY 2565).
 * Aliases are spellings seen in real plans; they are accepted with a warning.
 */
export interface WorkPlanEntry {
  readonly name: string;
  readonly sector: string;
  readonly aliases: readonly string[];
}

export const WORK_PLANS: readonly WorkPlanEntry[] = [
  { name: "แผนงานบริหารงานทั่วไป", sector: "ด้านบริหารงานทั่วไป", aliases: ["แผนงานบริหารทั่วไป", "บริหารงานทั่วไป"] },
  {
    name: "แผนงานการรักษาความสงบภายใน",
    sector: "ด้านบริหารงานทั่วไป",
    aliases: ["แผนงานรักษาความสงบภายใน", "การรักษาความสงบภายใน"],
  },
  { name: "แผนงานการศึกษา", sector: "ด้านบริการชุมชนและสังคม", aliases: ["การศึกษา", "แผนงานศึกษา"] },
  { name: "แผนงานสาธารณสุข", sector: "ด้านบริการชุมชนและสังคม", aliases: ["สาธารณสุข", "แผนงานการสาธารณสุข"] },
  {
    name: "แผนงานสังคมสงเคราะห์",
    sector: "ด้านบริการชุมชนและสังคม",
    aliases: ["สังคมสงเคราะห์", "แผนงานการสังคมสงเคราะห์"],
  },
  { name: "แผนงานเคหะและชุมชน", sector: "ด้านบริการชุมชนและสังคม", aliases: ["เคหะและชุมชน", "แผนงานเคหะชุมชน"] },
  {
    name: "แผนงานสร้างความเข้มแข็งของชุมชน",
    sector: "ด้านบริการชุมชนและสังคม",
    aliases: ["แผนงานสร้างความเข้มแข็งและชุมชน", "สร้างความเข้มแข็งของชุมชน"],
  },
  {
    name: "แผนงานการศาสนาวัฒนธรรมและนันทนาการ",
    sector: "ด้านบริการชุมชนและสังคม",
    aliases: [
      "แผนงานการศาสานาวัฒนธรรมและนันทนาการ",
      "แผนงานศาสนาวัฒนธรรมและนันทนาการ",
      "แผนงานการศาสนา วัฒนธรรม และนันทนาการ",
      "การศาสนาวัฒนธรรมและนันทนาการ",
    ],
  },
  {
    name: "แผนงานอุตสาหกรรมและการโยธา",
    sector: "ด้านการเศรษฐกิจ",
    aliases: ["อุตสาหกรรมและการโยธา", "แผนงานอุตสาหกรรมและโยธา"],
  },
  { name: "แผนงานการเกษตร", sector: "ด้านการเศรษฐกิจ", aliases: ["การเกษตร", "แผนงานเกษตร"] },
  { name: "แผนงานการพาณิชย์", sector: "ด้านการเศรษฐกิจ", aliases: ["แผนงานการพานิชย์", "การพาณิชย์", "แผนงานพาณิชย์"] },
  { name: "แผนงานงบกลาง", sector: "ด้านการดำเนินงานอื่น", aliases: ["งบกลาง"] },
];

/** Official position of a work plan (for ordering rows); unknown names sort last. */
export function workPlanOrder(name: string): number {
  const index = WORK_PLANS.findIndex((w) => w.name === name);
  return index < 0 ? WORK_PLANS.length : index;
}
