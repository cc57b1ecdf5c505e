#!/usr/bin/env node
// npm start: Excel cannot run on Linux, so there it serves the preview; elsewhere it says how to sideload.
const { spawnSync } = require("child_process");

if (process.platform === "linux") {
  console.log("Excel 无法在 Linux 上旁加载加载项，改为启动浏览器预览。");
  console.log("Excel cannot sideload add-ins on Linux; starting the browser preview instead.\n");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["run", "preview"], { stdio: "inherit" });
  process.exitCode = result.status ?? 1;
} else {
  console.log(`在 Excel 中试用（Windows / Mac 桌面版）：
  1. npm run dev-server        # https://localhost:3000，首次会安装本机开发证书
  2. 另开一个终端：npx office-addin-debugging start manifest.xml desktop --app excel
     （或在 Excel 中：插入 › 加载项 › 上传我的加载项，选择 manifest.xml）
Excel 网页版：打开一个工作簿，插入 › 加载项 › 上传我的加载项，选择 manifest.xml（需先运行 npm run dev-server）。
不装 Excel 先看看：npm run preview

Try it in Excel (Windows / Mac desktop):
  1. npm run dev-server        # https://localhost:3000, installs a local dev certificate the first time
  2. In another terminal: npx office-addin-debugging start manifest.xml desktop --app excel
     (or in Excel: Insert › Add-ins › Upload My Add-in, and pick manifest.xml)
Excel on the web: open a workbook, Insert › Add-ins › Upload My Add-in, pick manifest.xml (with npm run dev-server running).
Without Excel: npm run preview`);
}
