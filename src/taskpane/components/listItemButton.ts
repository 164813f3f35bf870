import { tokens } from "@fluentui/react-components";

/**
 * The look of a row of a list that is a button (an issue, a project behind schedule): plain text,
 * full width, highlighted on hover, a visible focus ring. For makeStyles; callers add the layout.
 */
export const LIST_ITEM_BUTTON = {
  width: "100%",
  // The padding inside the width: a row that is not a button (a cell shown, not a link) must not overflow.
  boxSizing: "border-box",
  textAlign: "start",
  padding: "4px 6px",
  border: "none",
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: "transparent",
  color: tokens.colorNeutralForeground1,
  font: "inherit",
  fontSize: tokens.fontSizeBase200,
  cursor: "pointer",
  ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
  ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
} as const;
