import type { Rubric } from "../core";
import type { ScoringHost } from "../host/scoringHost";
import { ErrorBoundary } from "./ErrorBoundary";
import { PaneProviders, type ThemeName } from "./PaneProviders";
import { ScoringPane } from "./ScoringPane";
import type { Language } from "./strings";

export interface AppProps {
  host: ScoringHost;
  language: Language;
  theme: ThemeName;
  /** Rubrics to match the sheet against; the bundled ones by default. */
  rubrics?: Rubric[];
}

/** The task pane as Excel shows it. */
export function App({ host, language, theme, rubrics }: AppProps) {
  return (
    <PaneProviders language={language} theme={theme}>
      <ErrorBoundary>
        <ScoringPane host={host} rubrics={rubrics} />
      </ErrorBoundary>
    </PaneProviders>
  );
}
