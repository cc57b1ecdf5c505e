// Starts scripts/serve-preview.js on a free port, for the browser tests, the web bench and the screenshots.
"use strict";

const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");

/** Serves dist/web over https on a free localhost port; resolves to its base URL and a stop that waits for the exit. */
function startPreviewServer() {
  if (!fs.existsSync(path.join(ROOT, "dist/web/preview.html"))) throw new Error("dist/web is missing: run npm run build first");
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/serve-preview.js"), "--port", "0"], { cwd: ROOT });
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`preview server did not start: ${output}`)), 20000);
    child.stdout.on("data", (chunk) => {
      output += chunk.toString();
      const m = /https:\/\/localhost:(\d+)\//.exec(output);
      if (!m) return;
      clearTimeout(timer);
      resolve({
        url: `https://localhost:${m[1]}/`,
        stop: () =>
          new Promise((done) => {
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    });
    child.stderr.on("data", (chunk) => (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`preview server exited with ${code}: ${output}`)));
  });
}

module.exports = { startPreviewServer };
