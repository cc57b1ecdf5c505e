// Entry of the task pane page. The host is chosen before anything waits for Office: WPS 表格's globals → the WPS
// host; office.js → Excel, once Office is ready; neither → a plain message saying where the pane belongs.
import { createRoot } from "react-dom/client";
import { displayLanguage, ExcelHost, hasOffice, whenOfficeReady } from "../excel";
import { findEtApplication } from "../wps/detectWps";
import { App } from "./App";
import { loadBundledRubrics } from "./bundledRubrics";
import { loadWpsHost } from "./loadWpsHost";
import { OfficePane } from "./OfficePane";
import { STRINGS, type Language } from "./strings";

function browserLanguage(): Language {
  return /^zh/i.test(navigator.language || "zh") ? "zh" : "en";
}

function showPlainMessage(text: string): void {
  const box = document.getElementById("plain-message");
  if (!box) return;
  box.setAttribute("role", "alert");
  box.textContent = text;
  box.hidden = false;
}

function start(): void {
  const et = findEtApplication();
  if (et) {
    const container = document.getElementById("root");
    if (!container) return;
    const language = browserLanguage();
    void loadBundledRubrics();
    loadWpsHost().then(
      (WpsHost) => createRoot(container).render(<App host={new WpsHost(et, { lang: language })} language={language} theme="light" />),
      (error: unknown) => {
        console.error(error);
        showPlainMessage(STRINGS[language].paneCodeFailed);
      },
    );
  } else if (hasOffice()) {
    // The rubrics' chunk loads while Office starts; the pane awaits it with its first read.
    void loadBundledRubrics();
    whenOfficeReady(() => {
      const container = document.getElementById("root");
      if (!container) return;
      const language = displayLanguage();
      createRoot(container).render(<OfficePane host={new ExcelHost({ lang: language })} language={language} />);
    });
  } else {
    showPlainMessage(STRINGS[browserLanguage()].officeMissing);
  }
}

start();
