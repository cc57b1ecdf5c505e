// Entry of the Excel task pane: waits for Office, then renders the pane over the open workbook.
import { createRoot } from "react-dom/client";
import { displayLanguage, ExcelHost, officeTheme } from "../excel";
import { App } from "./App";

Office.onReady(() => {
  const language = displayLanguage();
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(<App host={new ExcelHost({ lang: language })} language={language} theme={officeTheme()} />);
});
