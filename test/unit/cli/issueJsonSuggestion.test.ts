import { issueAtCell } from "../../../src/domain/validate/issueAt";
import { issueJson } from "../../../src/cli/printIssues";

describe("validate --json: the suggested development-plan reference", () => {
  it("adds the suggestion to a missing-reference warning with a match, keeping the five contract fields", () => {
    const issue = issueAtCell("dev-plan-ref-missing", "warning", "โครงการ", "Q8", {
      suggestedEdition: "2566–2570",
      suggestedPage: 45,
      suggestedItem: 1,
      suggestedName: "ก่อสร้างถนน คสล. ม.3",
    });
    const json = issueJson(issue, "th");
    expect(json).toMatchObject({
      severity: "warning",
      code: "dev-plan-ref-missing",
      sheet: "โครงการ",
      cell: "Q8",
    });
    expect(typeof json.message).toBe("string");
    expect(json.suggestion).toEqual({ edition: "2566–2570", page: 45, item: 1, name: "ก่อสร้างถนน คสล. ม.3" });
  });

  it("has no suggestion field when the list has no match, nor on other codes", () => {
    const missing = issueAtCell("dev-plan-ref-missing", "warning", "โครงการ", "Q9", {});
    expect(Object.keys(issueJson(missing, "en"))).toEqual(["severity", "code", "sheet", "cell", "message"]);
    const other = issueAtCell("dev-plan-ref-not-found", "error", "โครงการ", "Q10", {
      edition: "",
      page: 9,
      item: 9,
    });
    expect(issueJson(other, "en")).not.toHaveProperty("suggestion");
  });
});
