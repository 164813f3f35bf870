// First, before any module that needs them: the WeakRef fallback (older WebKit) and zod without eval (CSP).
import "../taskpane/weakRefFallback";
import "../taskpane/zodJitless";
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { Language } from "../messages/Language";
import { saveDownload } from "./saveDownload";
import { OfflineApp } from "./ui/OfflineApp";
import { PAGE_TEXT } from "./ui/pageText";
import { WorkerBackend } from "./worker/WorkerBackend";

/**
 * The offline page's composition root: starts the worker from the script app.html carries inline
 * (a blob: URL, so the page needs no other file and no network), and renders the page over it.
 */

function startWorker(): Worker {
  const source = document.getElementById("offline-worker")?.textContent ?? "";
  if (source.trim() === "") throw new Error("app.html carries no worker script");
  return new Worker(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
}

const language: Language = new URLSearchParams(window.location.search).get("lang") === "en" ? "en" : "th";
const dark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
const root = document.getElementById("root");
if (!root) throw new Error("app.html has no #root");

let page;
try {
  const worker = startWorker();
  const backend = new WorkerBackend(worker);
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    backend.failAll(new Error(event.message || PAGE_TEXT[language].open.workerFailed));
  });
  page = <OfflineApp backend={backend} save={saveDownload} initialLanguage={language} dark={dark} />;
} catch (error) {
  page = (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{PAGE_TEXT[language].title}</MessageBarTitle>
        <div>{PAGE_TEXT[language].open.workerFailed}</div>
        <pre>{error instanceof Error ? error.message : String(error)}</pre>
      </MessageBarBody>
    </MessageBar>
  );
}
createRoot(root).render(
  <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: "100%" }}>
    {page}
  </FluentProvider>,
);
