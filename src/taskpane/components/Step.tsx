import { makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { useId, useState, type ReactNode } from "react";

const useStyles = makeStyles({
  step: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  heading: { margin: 0 },
  toggle: {
    display: "flex",
    alignItems: "center",
    columnGap: "8px",
    width: "100%",
    padding: "10px 12px",
    border: "none",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  number: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    flexShrink: 0,
    width: "22px",
    height: "22px",
    borderRadius: "50%",
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontSize: tokens.fontSizeBase200,
  },
  title: { flexGrow: 1 },
  badge: { flexShrink: 0, fontWeight: tokens.fontWeightRegular },
  body: { padding: "0 12px 14px", display: "grid", rowGap: "10px" },
});

export interface StepProps {
  readonly number: number;
  readonly title: string;
  readonly defaultOpen?: boolean;
  /** A short status next to the title (e.g. an issue count). */
  readonly badge?: ReactNode;
  readonly children: ReactNode;
}

/**
 * One numbered step of the procedure, collapsible. Content mounts the first time it opens (so lazy panels load
 * only when wanted) and stays mounted when closed, so results are not lost by collapsing.
 */
export function Step({ number, title, defaultOpen = false, badge, children }: StepProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(defaultOpen);
  const [opened, setOpened] = useState(defaultOpen);
  const bodyId = useId();
  return (
    <section className={styles.step} aria-label={title}>
      <h2 className={styles.heading}>
        <button
          type="button"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => {
            setOpen(!open);
            setOpened(true);
          }}
        >
          {open ? <ChevronDownRegular aria-hidden="true" /> : <ChevronRightRegular aria-hidden="true" />}
          <span className={styles.number} aria-hidden="true">
            {number}
          </span>
          <span className={styles.title}>{title}</span>
          {badge !== undefined && <span className={styles.badge}>{badge}</span>}
        </button>
      </h2>
      {/* The class sets display, which would override the hidden attribute, so hide by style as well. */}
      <div id={bodyId} className={styles.body} hidden={!open} style={open ? undefined : { display: "none" }}>
        {opened && children}
      </div>
    </section>
  );
}
