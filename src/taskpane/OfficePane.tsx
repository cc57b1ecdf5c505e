// The pane inside Excel: Office's theme at start and after Office's theme changes.
import { useEffect, useState } from "react";
import { officeTheme, watchOfficeTheme } from "../excel";
import type { ScoringHost } from "../host/scoringHost";
import { App } from "./App";
import type { ThemeName } from "./PaneProviders";
import type { Language } from "./strings";

export function OfficePane({ host, language }: { host: ScoringHost; language: Language }) {
  const [theme, setTheme] = useState<ThemeName>(officeTheme);
  useEffect(() => watchOfficeTheme(() => setTheme(officeTheme())), []);
  return <App host={host} language={language} theme={theme} />;
}
