import type { ReactNode } from "react";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { STRINGS, type Language } from "./strings";
import { StringsContext } from "./stringsContext";

export type ThemeName = "light" | "dark";

/** Fluent theme (following Office's) and the string table for one language. */
export function PaneProviders({ language, theme, children }: { language: Language; theme: ThemeName; children: ReactNode }) {
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} lang={language === "zh" ? "zh-CN" : "en"}>
      <StringsContext.Provider value={STRINGS[language]}>{children}</StringsContext.Provider>
    </FluentProvider>
  );
}
