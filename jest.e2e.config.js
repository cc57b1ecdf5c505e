/** Browser tests: the production preview (npm run build first) in Debian's Chromium via playwright-core. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
  testTimeout: 180000,
  maxWorkers: 1,
};
