// Entry of the Excel task pane: waits for Office, then renders the pane over the open workbook.
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { displayLanguage, ExcelHost, officeTheme } from "../excel";
import type { ScoringHost } from "../host/scoringHost";
import { App } from "./App";
import type { ThemeName } from "./PaneProviders";
import type { Language } from "./strings";

/**
 * Calls `onChange` when Office raises OfficeThemeChanged, in hosts that have the event (feature-detected: older
 * hosts have no such event type, and a host without it fails the registration, which changes nothing).
 * Returns what removes the handler.
 */
function watchOfficeTheme(onChange: () => void): () => void {
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

/** The pane in Office's theme at start and after Office's theme changes. */
function OfficePane({ host, language }: { host: ScoringHost; language: Language }) {
  const [theme, setTheme] = useState<ThemeName>(officeTheme);
  useEffect(() => watchOfficeTheme(() => setTheme(officeTheme())), []);
  return <App host={host} language={language} theme={theme} />;
}

Office.onReady(() => {
  const language = displayLanguage();
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(<OfficePane host={new ExcelHost({ lang: language })} language={language} />);
});
