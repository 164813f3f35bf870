import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, type RenderResult } from "@testing-library/react";
import { App } from "../App";
import type { Language } from "../i18n/strings";
import type { TaskPaneServices } from "../TaskPaneServices";

/** Test-only: the pane as index.tsx renders it. */
export function renderApp(services: TaskPaneServices, language: Language = "th"): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App services={services} initialLanguage={language} dark={false} />
    </FluentProvider>,
  );
}
