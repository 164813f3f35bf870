import { editionIssues } from "../../../src/domain/editions/editionIssues";
import { IMPORT_ISSUE_CODES } from "../../../src/domain/import/ImportResult";
import { ISSUE_CODES } from "../../../src/domain/validate/Issue";
import { aPlan, anEdition } from "../../builders/planBuilders";
import { formatIssue } from "../../../src/messages/formatIssue";

// The edition-deadline and import checkers emit their own codes; each must have real text, not the
// code-and-params fallback.
describe("messages of the edition and import checkers", () => {
  it("covers every import code", () => {
    for (const code of IMPORT_ISSUE_CODES) expect(ISSUE_CODES).toContain(code);
  });

  it("explains a late announcement in Thai with B.E. dates and in English", () => {
    const plan = aPlan({
      editions: [
        anEdition({
          triggerDate: "2026-09-15",
          committeeReviewDate: "2026-09-30",
          announcementDate: "2026-10-20",
          postingStart: "2026-10-21",
          postingEnd: "2026-11-30",
        }),
      ],
    });
    const late = editionIssues(plan).find((i) => i.code === "edition-announcement-late");
    expect(late).toBeDefined();
    const th = formatIssue(late!, "th");
    expect(th).toContain("20 ตุลาคม พ.ศ. 2569");
    expect(th).toContain("15 ตุลาคม พ.ศ. 2569");
    expect(th).not.toContain("edition-announcement-late");
    expect(formatIssue(late!, "en")).toContain("5 days late");
  });

  it("names the missing date field in the user's words", () => {
    const text = formatIssue(
      {
        code: "edition-date-missing",
        severity: "warning",
        params: { edition: "หลัก", field: "postingStart" },
      },
      "th",
    );
    expect(text).toBe("ฉบับหลัก ยังไม่ได้บันทึกวันที่เริ่มปิดประกาศ");
  });
});
