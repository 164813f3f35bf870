import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { DocumentArrowUpRegular } from "@fluentui/react-icons";
import { useEffect, useId, useRef, useState } from "react";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    alignItems: "center",
    columnGap: "12px",
    padding: "16px",
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-within": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  dragging: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  icon: { fontSize: "32px", flexShrink: 0, color: tokens.colorBrandForeground1 },
  // Out of sight but still the focusable, labelled control (the zone is its label).
  input: {
    position: "absolute",
    width: "1px",
    height: "1px",
    opacity: 0,
    overflow: "hidden",
  },
});

const ACCEPT =
  ".xlsx,.xlsm,.xltx,.xltm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12";

export interface FileDropProps {
  readonly label: string;
  readonly disabled: boolean;
  readonly onFiles: (files: readonly File[]) => void;
  /** Lets the page open the picker from elsewhere (the header's "choose the file again"). */
  readonly pickerRef?: { current: HTMLInputElement | null };
}

function filesOf(list: FileList | null | undefined): File[] {
  return list ? Array.from(list) : [];
}

/**
 * The workbook file: a file input (data-testid="open-file") inside a drop zone. A file dropped anywhere
 * on the page opens too, and never makes the browser leave the page to show it.
 */
export function FileDrop({ label, disabled, onFiles, pickerRef }: FileDropProps) {
  const styles = useStyles();
  const id = useId();
  const input = useRef<HTMLInputElement | null>(null);
  const [dragging, setDragging] = useState(false);
  const latest = useRef(onFiles);
  latest.current = onFiles;
  const blocked = useRef(disabled);
  blocked.current = disabled;

  useEffect(() => {
    const over = (event: DragEvent) => {
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = blocked.current ? "none" : "copy";
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      const files = filesOf(event.dataTransfer?.files);
      if (!blocked.current && files.length > 0) latest.current(files);
    };
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, []);

  return (
    <label htmlFor={id} className={mergeClasses(styles.zone, dragging && styles.dragging)}>
      <DocumentArrowUpRegular className={styles.icon} aria-hidden="true" />
      <span>{label}</span>
      <input
        id={id}
        ref={(element) => {
          input.current = element;
          if (pickerRef) pickerRef.current = element;
        }}
        className={styles.input}
        type="file"
        accept={ACCEPT}
        data-testid="open-file"
        disabled={disabled}
        onChange={(event) => {
          const files = filesOf(event.currentTarget.files);
          // Cleared, so that choosing the same file again (after editing it) opens it again.
          event.currentTarget.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
    </label>
  );
}
