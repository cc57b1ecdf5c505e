#!/usr/bin/env node
// Serves the production build (dist/web) over https on localhost, opening the preview page.
// Usage: node scripts/serve-preview.js [--port N]   (port 0 picks a free one; the URL is printed)
const fs = require("fs");
const https = require("https");
const path = require("path");
const { selfSignedCert } = require("./selfSignedCert");

const ROOT = path.resolve(__dirname, "../dist/web");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".json": "application/json",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function portArgument(argv) {
  const i = argv.indexOf("--port");
  const value = i >= 0 ? argv[i + 1] : process.env.PORT;
  return value === undefined ? 3000 : Number(value);
}

function handle(req, res) {
  const url = new URL(req.url, "https://localhost");
  let file = decodeURIComponent(url.pathname);
  if (file === "/") file = "/preview.html";
  const full = path.resolve(ROOT, `.${file}`);
  if (!full.startsWith(ROOT + path.sep)) {
    res.writeHead(403).end();
    return;
  }
  fs.readFile(full, (error, body) => {
    if (error) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    const hashed = /\.[0-9a-f]{8}\.js$/.test(full);
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(full)] || "application/octet-stream",
      "Cache-Control": hashed ? "public, max-age=31536000, immutable" : "no-cache",
    });
    res.end(body);
  });
}

function main() {
  if (!fs.existsSync(path.join(ROOT, "preview.html"))) {
    console.error("dist/web/preview.html 不存在：请先运行 npm run build。");
    process.exitCode = 1;
    return;
  }
  const server = https.createServer(selfSignedCert(), handle);
  server.listen(portArgument(process.argv), "127.0.0.1", () => {
    const { port } = server.address();
    console.log(`Preview: https://localhost:${port}/preview.html  (self-signed certificate; Ctrl+C to stop)`);
    console.log(`Help:    https://localhost:${port}/help.html`);
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
}

main();
