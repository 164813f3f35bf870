import { EN_MESSAGES } from "../../../../src/messages/en";
import type { IssueMessages } from "../../../../src/messages/IssueMessages";
import { TH_MESSAGES } from "../../../../src/messages/th";
import type { SourceRef } from "../../../../src/domain/model/SourceRef";
import { IssueSchema } from "../../../../src/domain/validate/Issue";
import { issueAt } from "../../../../src/domain/validate/issueAt";

// Type-level tests: `npm run typecheck` fails when a line under @ts-expect-error compiles, that is when
// a wrong, missing or extra param, an unknown code or a wrong message table is no longer rejected.
// At run time the same issues fail IssueSchema, so the schema and the types agree.
const ref: SourceRef = { sheet: "โครงการ", table: "Projects", row: 3, columns: { name: "D" } };

describe("issue types", () => {
  it("reject a misspelt, missing, extra or wrongly typed param and an unknown code", () => {
    const rejected = [
      // @ts-expect-error firstCel is not a param of duplicate-project (firstCell is)
      issueAt("duplicate-project", "warning", ref, "name", { firstCel: "D2", name: "ถนน", edition: "หลัก" }),
      // @ts-expect-error firstCell is missing
      issueAt("duplicate-project", "warning", ref, "name", { name: "ถนน", edition: "หลัก" }),
      issueAt("duplicate-project", "warning", ref, "name", {
        name: "ถนน",
        edition: "หลัก",
        firstCell: "D2",
        // @ts-expect-error duplicate-project has no param value
        value: "x",
      }),
      // @ts-expect-error number is a number, not text
      issueAt("duplicate-strategy-number", "error", ref, "number", { number: "1", firstCell: "A2" }),
      // @ts-expect-error an unknown code
      issueAt("duplicate-projects", "warning", ref, "name", { name: "ถนน", edition: "หลัก", firstCell: "D2" }),
    ];
    for (const issue of rejected) expect(IssueSchema.safeParse(issue).success).toBe(false);
    const accepted = issueAt("duplicate-project", "warning", ref, "name", {
      name: "ถนน",
      edition: "หลัก",
      firstCell: "D2",
    });
    expect(IssueSchema.safeParse(accepted).success).toBe(true);
  });

  it("reject a message table with a wrong param, a missing code or an unknown code", () => {
    const wrongParam: IssueMessages = {
      ...TH_MESSAGES,
      // @ts-expect-error duplicate-project has no param firstCel
      "duplicate-project": (p) => `ซ้ำกับเซลล์ ${p.firstCel}`,
    };
    const wrongType: IssueMessages = {
      ...EN_MESSAGES,
      // @ts-expect-error daysLate is a number
      "edition-announcement-late": (p: { daysLate: string }) => `${p.daysLate.trim()} days late`,
    };
    const { "cell-error": _dropped, ...withoutCellError } = TH_MESSAGES;
    // @ts-expect-error every code needs its message
    const missingCode: IssueMessages = withoutCellError;
    const unknownCode: IssueMessages = {
      ...EN_MESSAGES,
      // @ts-expect-error edition-late is not an issue code
      "edition-late": () => "late",
    };
    expect(
      [wrongParam, wrongType, missingCode, unknownCode].map((table) => Object.keys(table).length),
    ).toEqual([
      Object.keys(TH_MESSAGES).length,
      Object.keys(EN_MESSAGES).length,
      Object.keys(TH_MESSAGES).length - 1,
      Object.keys(EN_MESSAGES).length + 1,
    ]);
  });
});
