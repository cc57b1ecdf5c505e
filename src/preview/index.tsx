// Entry of the browser preview: the same pane over an in-memory workbook, no Office.js.
import { createRoot } from "react-dom/client";
import { PreviewApp } from "./PreviewApp";
import { previewLanguage, previewTheme } from "./previewSettings";

const container = document.getElementById("root");
if (container) {
  const language = previewLanguage(window.location.search, navigator.language);
  document.documentElement.lang = language === "zh" ? "zh-CN" : "en";
  const theme = previewTheme(window.location.search, window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false);
  createRoot(container).render(<PreviewApp language={language} theme={theme} />);
}
