import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Language } from "../../src/messages/Language";
import type { OfflineBackend } from "../../src/offline/session/OfflineBackend";
import type { NamedFile } from "../../src/offline/ui/offlineServices";
import { OfflineApp } from "../../src/offline/ui/OfflineApp";

/**
 * The offline page as its index renders it, over `backend` (a FileSession in this thread instead of the
 * worker), on a fixed day; returns the downloads it makes and a user to drive it.
 */
export function renderOfflinePage(backend: OfflineBackend, language: Language = "th") {
  const saved: NamedFile[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <OfflineApp
        backend={backend}
        save={(file) => saved.push(file)}
        initialLanguage={language}
        dark={false}
        today={() => "2026-11-27"}
        now={() => "2026-11-27T03:00:00.000Z"}
      />
    </FluentProvider>,
  );
  return { saved, user: userEvent.setup() };
}
