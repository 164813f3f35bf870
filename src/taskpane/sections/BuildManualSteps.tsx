import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ManualStep } from "../../app/WorkbookPort";
import { DEGRADED, type PrintSetupByHand } from "../../app/degradedFeatures";
import { useLanguage } from "../i18n/LanguageContext";
import type { Strings } from "../i18n/th";

const useStyles = makeStyles({
  list: { margin: "4px 0 0", paddingInlineStart: "20px" },
});

/**
 * One manual step as a sentence in the pane's language, from its code and values (the adapter
 * gives data only).
 * @example manualStepText({ code: DEGRADED.printSetup, sheet: "ผด.02", params: { paper: "A4", orientation: "landscape", fitToPagesWide: 1, printTitleRows: "$1:$6", marginTopInches: 0.5, marginBottomInches: 0.5, marginLeftInches: 0.4, marginRightInches: 0.4 } }, th.manualSteps)
 *   //=> "ตั้งค่าหน้ากระดาษเอง: A4 แนวนอน, พอดีกับหน้ากระดาษ 1 หน้ากว้าง, แถวหัวตารางซ้ำ $1:$6, ระยะขอบ (นิ้ว) บน 0.5 ล่าง 0.5 ซ้าย 0.4 ขวา 0.4"
 */
export function manualStepText(step: ManualStep, t: Strings["manualSteps"]): string {
  switch (step.code) {
    case DEGRADED.printSetup:
      return printSetupText(step.params, t);
    case DEGRADED.indent:
      return t.indent;
    case DEGRADED.dropdowns:
      return t.dropdowns;
    case DEGRADED.sheetOrder:
      return t.sheetOrder(step.params.order);
  }
}

function printSetupText(p: PrintSetupByHand, t: Strings["manualSteps"]): string {
  const parts = [t.paper(p.paper, p.orientation === "landscape")];
  if (p.fitToPagesWide > 0) parts.push(t.fitWide(p.fitToPagesWide));
  if (p.printTitleRows !== undefined) parts.push(t.titleRows(p.printTitleRows));
  parts.push(t.margins(p.marginTopInches, p.marginBottomInches, p.marginLeftInches, p.marginRightInches));
  if (p.pageBreaksBeforeRows !== undefined) parts.push(t.breaks(p.pageBreaksBeforeRows));
  if (p.headerRight !== undefined) parts.push(t.header(p.headerRight));
  if (p.footerCenter !== undefined) parts.push(t.footer(p.footerCenter));
  if (p.noHeaderOnFirstPage) parts.push(t.differentFirstPage);
  if (p.firstPageNumber !== undefined) parts.push(t.firstPageNumber(p.firstPageNumber));
  if (p.pageNumberFont !== undefined) parts.push(t.pageNumberFont(p.pageNumberFont));
  return `${t.printSetup}: ${parts.join(", ")}`;
}

/** The build result's "set these by hand" list (page setup on Excel 2016/2019), per sheet. */
export function BuildManualSteps({ steps }: { readonly steps: readonly ManualStep[] }) {
  const styles = useStyles();
  const { strings } = useLanguage();
  const t = strings.manualSteps;
  if (steps.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.title}</MessageBarTitle>
        <div>{t.intro}</div>
        <ul className={styles.list}>
          {steps.map((step, i) => (
            <li key={`${step.sheet}|${step.code}|${i}`}>
              <strong>{step.sheet}</strong> — {manualStepText(step, t)}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
