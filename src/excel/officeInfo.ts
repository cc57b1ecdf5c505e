/* global Office */
import type { Lang } from "./errors";

export type Theme = "light" | "dark";

/** "zh" when Office's display language is Chinese (zh-CN, zh-TW …) or unknown, else "en". */
export function displayLanguage(): Lang {
  const tag = typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
  if (!tag) return "zh";
  return tag.toLowerCase().startsWith("zh") ? "zh" : "en";
}

/** Dark when Office's body background is dark; light when the theme is unknown (Excel on the web may not report it). */
export function officeTheme(): Theme {
  const theme = typeof Office === "undefined" ? undefined : Office.context?.officeTheme;
  const rgb = parseHexColor(theme?.bodyBackgroundColor);
  if (!rgb) return "light";
  const [r, g, b] = rgb;
  // Relative luminance (ITU-R BT.709), 0–255 scale.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? "dark" : "light";
}

function parseHexColor(color: string | undefined): [number, number, number] | null {
  const m = color ? /^#?([0-9a-f]{6})$/i.exec(color.trim()) : null;
  if (!m) return null;
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
