import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, type RenderResult } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { Language } from "../../src/messages/Language";
import type { TaskPaneServices } from "../../src/taskpane/TaskPaneServices";

/** The pane as index.tsx renders it. */
export function renderApp(services: TaskPaneServices, language: Language = "th"): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App services={services} initialLanguage={language} dark={false} />
    </FluentProvider>,
  );
}
