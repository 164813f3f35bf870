import { aPlan } from "../../../builders/planBuilders";
import { planTextsGrid as grid } from "../../../builders/planTextsGrid";
import { planTextsFrom } from "../../../../src/domain/book/planTextsFrom";
import { standardPlanTexts } from "../../../../src/domain/book/standardPlanTexts";

describe("planTextsFrom", () => {
  const plan = aPlan();
  const standard = standardPlanTexts(plan);

  it("is the standard text for every topic without a table, and for blank entries", () => {
    expect(planTextsFrom(undefined, plan)).toEqual(standard);
    expect(
      planTextsFrom(
        grid([
          ["คำนำ", ""],
          ["คำนำ", "   "],
        ]),
        plan,
      ),
    ).toEqual(standard);
  });

  it("takes the user's text, found by its topic's words (number, spaces and copied-PDF spellings aside)", () => {
    const texts = planTextsFrom(
      grid([
        ["คำนำ", "คำนำของเรา"],
        ["1.  วัตถุประสงค์ของแผนการด\u0e4d\u0e32เนินงาน", "วัตถุประสงค์ของเรา"],
      ]),
      plan,
    );
    expect(texts.คำนำ).toBe("คำนำของเรา");
    expect(texts.วัตถุประสงค์ของแผนการดำเนินงาน).toBe("วัตถุประสงค์ของเรา");
    expect(texts.ลักษณะของแผนการดำเนินงาน).toBe(standard.ลักษณะของแผนการดำเนินงาน);
  });

  it("keeps the paragraphs typed with line breaks, and reads rows typed below the table", () => {
    const texts = planTextsFrom(grid([], [["หน่วยงานที่จัดทำ", "กองยุทธศาสตร์และงบประมาณ\r\n  งานแผน  "]]), plan);
    expect(texts.หน่วยงานที่จัดทำ).toBe("กองยุทธศาสตร์และงบประมาณ\nงานแผน");
  });

  it("leaves an unknown topic out rather than guessing", () => {
    expect(planTextsFrom(grid([["ภาคผนวก", "ข้อความ"]]), plan)).toEqual(standard);
  });
});
