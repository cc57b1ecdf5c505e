// Debian's Chromium as the browser tests and the bench start it: headless, no sandbox (root), and none of the
// background connections that this machine's closed network refuses.
"use strict";

const CHROMIUM_PATH = "/usr/bin/chromium";

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

module.exports = { CHROMIUM_PATH, CHROMIUM_FLAGS };
