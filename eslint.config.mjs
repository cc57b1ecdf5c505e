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
    rules: {
      ...officeOnly,
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "OfficeExtension"].map((name) => ({ name, message: "Office.js is called from src/excel/ only." })),
      ],
    },
  },
  {
    // The layers (README, "How the code is laid out"): everything outside the core imports it through its index.
    files: SOURCES,
    ignores: ["src/core/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "(^|/)core/.+", message: "Import the core through src/core/index.ts, not its modules." }] },
      ],
    },
  },
  {
    // The core is pure TypeScript: no other layer, no Office.js, DOM, React, files or workbook libraries.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)(excel|xlsx|cli|host|taskpane|preview|wps)(/|$)|^(exceljs|react|react-dom|fs|path|os|node:.*|@fluentui/.*)$",
              message: "src/core is pure: it imports nothing from the other layers, the DOM, files or workbook libraries.",
            },
          ],
        },
      ],
    },
  },
];
