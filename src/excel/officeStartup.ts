/* global Office */
// Office's side of the pane's start-up: whether office.js is in the page, waiting for it, and its theme events.
// The pane's entry (src/taskpane/index.tsx) decides which host to start; only this file talks to Office here.

/** Whether office.js is loaded in this page (the Excel task pane; WPS and plain browsers have no `Office`). */
export function hasOffice(): boolean {
  return typeof Office !== "undefined" && typeof Office.onReady === "function";
}

/** Calls `start` once Office is ready (at once when it already is). */
export function whenOfficeReady(start: () => void): void {
  void Office.onReady(() => start());
}

/**
 * Calls `onChange` when Office raises OfficeThemeChanged, in hosts that have the event (feature-detected: older
 * hosts have no such event type, and a host without it fails the registration, which changes nothing).
 * Returns what removes the handler.
 */
export function watchOfficeTheme(onChange: () => void): () => void {
  const type = typeof Office === "undefined" ? undefined : Office.EventType?.OfficeThemeChanged;
  const document = typeof Office === "undefined" ? undefined : Office.context?.document;
  if (!type || typeof document?.addHandlerAsync !== "function") return () => undefined;
  const handler = () => onChange();
  try {
    document.addHandlerAsync(type, handler, () => undefined);
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      document.removeHandlerAsync?.(type, { handler }, () => undefined);
    } catch {
      // The pane is going away; nothing to tell anyone.
    }
  };
}
