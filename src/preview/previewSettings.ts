import { languageOf, type Language } from "../taskpane/strings";
import type { ThemeName } from "../taskpane/PaneProviders";

/** ?lang=en|zh, else the browser's language (Chinese unless it is another language). */
export function previewLanguage(search: string, browserLanguage: string | undefined): Language {
  const lang = new URLSearchParams(search).get("lang");
  return languageOf(lang ?? browserLanguage);
}

/** ?theme=dark|light, else the system's colour scheme. */
export function previewTheme(search: string, prefersDark: boolean): ThemeName {
  const theme = new URLSearchParams(search).get("theme");
  if (theme === "dark" || theme === "light") return theme;
  return prefersDark ? "dark" : "light";
}
