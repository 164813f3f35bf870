import { Badge } from "@fluentui/react-components";
import type { ValidationReport } from "../../app/AppServices";

/** The check step's badge: the error count, else the warning count, else a tick. */
export function ValidationBadge({ report }: { readonly report: ValidationReport }) {
  if (report.errorCount > 0) return <Badge color="danger">{report.errorCount}</Badge>;
  if (report.warningCount > 0) return <Badge color="warning">{report.warningCount}</Badge>;
  return <Badge color="success">✓</Badge>;
}
