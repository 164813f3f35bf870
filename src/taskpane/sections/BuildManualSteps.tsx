import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ManualStep } from "../../app/WorkbookPort";
import { DEGRADED } from "../../app/degradedFeatures";
import { useLanguage } from "../i18n/LanguageContext";
import type { Strings } from "../i18n/th";

const useStyles = makeStyles({
  list: { margin: "4px 0 0", paddingInlineStart: "20px" },
});

/**
 * One manual step as a sentence in the pane's language, from its code and values (the adapter
 * gives data only). Unknown codes are shown as they are rather than dropped.
 * @example manualStepText({ code: DEGRADED.printSetup, sheet: "ผด.02", params: { paper: "A4", orientation: "landscape", fitToPagesWide: 1, printTitleRows: "$1:$6" } }, th.manualSteps)
 *   //=> "ตั้งค่าหน้ากระดาษเอง: A4 แนวนอน, พอดีกับหน้ากระดาษ 1 หน้ากว้าง, แถวหัวตารางซ้ำ $1:$6"
 */
export function manualStepText(step: ManualStep, t: Strings["manualSteps"]): string {
  const p = step.params;
  switch (step.code) {
    case DEGRADED.printSetup: {
      const parts = [t.paper(String(p["paper"] ?? "A4"), p["orientation"] === "landscape")];
      if (typeof p["fitToPagesWide"] === "number" && p["fitToPagesWide"] > 0)
        parts.push(t.fitWide(p["fitToPagesWide"]));
      if (p["printTitleRows"] !== undefined) parts.push(t.titleRows(String(p["printTitleRows"])));
      const [top, bottom, left, right] = [
        p["marginTopInches"],
        p["marginBottomInches"],
        p["marginLeftInches"],
        p["marginRightInches"],
      ];
      if (
        typeof top === "number" &&
        typeof bottom === "number" &&
        typeof left === "number" &&
        typeof right === "number"
      )
        parts.push(t.margins(top, bottom, left, right));
      if (p["pageBreaksBeforeRows"] !== undefined) parts.push(t.breaks(String(p["pageBreaksBeforeRows"])));
      if (p["headerRight"] !== undefined) parts.push(t.header(String(p["headerRight"])));
      if (p["footerCenter"] !== undefined) parts.push(t.footer(String(p["footerCenter"])));
      return `${t.printSetup}: ${parts.join(", ")}`;
    }
    case DEGRADED.indent:
      return t.indent;
    case DEGRADED.dropdowns:
      return t.dropdowns;
    default:
      return t.other(step.code);
  }
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
