// office-addin-lint uses this file when present: its recommended rules, tuned for a TypeScript project.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

const SOURCES = ["src/**/*.{ts,tsx}"];
const officeOnly = Object.fromEntries(Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, "off"]));

export default [
  ...officeAddins.configs.recommended.map((config) => ({ ...config, files: SOURCES })),
  {
    files: SOURCES,
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser, globals: { ...globals.browser, ...globals.node } },
    rules: {
      // TypeScript (strict, noUnused*) already checks names and unused code, and knows types ESLint does not.
      "no-undef": "off",
      "no-unused-vars": "off",
      // 　 (U+3000) is how Chinese forms space their labels: allowed inside strings and patterns.
      "no-irregular-whitespace": ["error", { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true }],
    },
  },
  {
    // Office.js is called from src/excel only; elsewhere cell.value or ws.getCell() are exceljs, not Office proxies.
    files: SOURCES,
    ignores: ["src/excel/**"],
    rules: officeOnly,
  },
];
