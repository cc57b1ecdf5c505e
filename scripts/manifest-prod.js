#!/usr/bin/env node
// Writes dist/manifest.xml for deployment: every https://localhost:3000 URL in manifest.xml replaced by the
// base URL where the built files are served (an intranet HTTPS server, say).
//   ADDIN_BASE_URL=https://addins.example.gov.cn/kaohe node scripts/manifest-prod.js [output file]
"use strict";
const fs = require("fs");
const path = require("path");

const DEV_BASE_URL = "https://localhost:3000";

/** manifest XML with the dev server's URLs replaced by `baseUrl` (https, no trailing slash needed). */
function productionManifest(xml, baseUrl) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: "${baseUrl}"`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must use https (Office requires it): "${baseUrl}"`);
  if (url.search || url.hash) throw new Error(`ADDIN_BASE_URL must not have a query or fragment: "${baseUrl}"`);
  const base = baseUrl.replace(/\/+$/, "");
  // Comments are for developers (and mention localhost); the deployed manifest goes without them.
  const out = xml.replace(/[ \t]*<!--[\s\S]*?-->\r?\n?/g, "").split(DEV_BASE_URL).join(base);
  if (/localhost/i.test(out)) throw new Error("manifest still refers to localhost");
  return out;
}

if (require.main === module) {
  const baseUrl = process.env.ADDIN_BASE_URL;
  if (!baseUrl) {
    console.error("Set ADDIN_BASE_URL to the https address the add-in is served from, e.g. https://intranet.example/kaohe");
    process.exit(1);
  }
  const root = path.join(__dirname, "..");
  const output = path.resolve(process.argv[2] ?? path.join(root, "dist", "manifest.xml"));
  try {
    const xml = productionManifest(fs.readFileSync(path.join(root, "manifest.xml"), "utf8"), baseUrl);
    fs.mkdirSync(path.dirname(output), { recursive: true });
    fs.writeFileSync(output, xml);
    console.log(`wrote ${path.relative(process.cwd(), output)} for ${baseUrl}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

module.exports = { productionManifest, DEV_BASE_URL };
