/**
 * Function file for ribbon commands. The only ribbon button opens the task pane (ShowTaskpane in the
 * manifest), so no function commands are registered; Office still requires this page to load.
 */
void Office.onReady(() => {
  // Nothing to associate yet: keeping the entry lets future commands (e.g. "validate") be added here.
});
