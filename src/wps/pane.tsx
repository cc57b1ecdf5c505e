// Entry of the task pane inside WPS 表格 (a WPS 加载项): the same pane over WPS's object model. office.js is
// neither loaded nor waited for; a page opened outside WPS says where it belongs.
import { POLYFILL_MARKER } from "./polyfills"; // first: the libraries below may call what it installs
import { createRoot } from "react-dom/client";
import { App } from "../taskpane/App";
import { findEtApplication } from "./detectWps";
import { WpsHost } from "./wpsHost";

document.documentElement.setAttribute("data-polyfills", POLYFILL_MARKER);
const container = document.getElementById("root");
const message = document.getElementById("plain-message");
const app = findEtApplication();
const language = /^zh/i.test(navigator.language || "zh") ? "zh" : "en";
if (container && app) {
  createRoot(container).render(<App host={new WpsHost(app, { lang: language })} language={language} theme="light" />);
} else if (message) {
  message.textContent =
    language === "zh"
      ? "此页面是考核评分助手在 WPS 表格中的任务窗格，请在 WPS 表格中通过“考核评分”选项卡打开。"
      : "This page is the 考核评分助手 task pane for WPS Spreadsheets; open it from the 考核评分 tab in WPS.";
  message.hidden = false;
}
