import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { DownloadNotice } from "./offlineServices";
import type { PageText } from "./pageText";

/** What was just downloaded, and what the user must know about it (a tables-only file, unmarked issues). */
export function DownloadNote({ notice, text }: { notice: DownloadNotice | undefined; text: PageText }) {
  if (!notice) return null;
  return (
    <MessageBar intent={notice.tablesOnly ? "warning" : "info"} layout="multiline" role="status">
      <MessageBarBody>
        <div>{text.downloaded(notice.name)}</div>
        {notice.tablesOnly && <div>{text.tablesOnly}</div>}
        {notice.unmarked !== undefined && notice.unmarked > 0 && <div>{text.unmarked(notice.unmarked)}</div>}
      </MessageBarBody>
    </MessageBar>
  );
}
