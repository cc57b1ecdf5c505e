// Two bundles: the Excel task pane (lean, office.js from the CDN) and the browser preview (with exceljs).
// Output goes to dist/web/ so the command line's build in dist/src and dist/bench is left alone.
const path = require("path");
const fs = require("fs");
const vm = require("vm");
const ts = require("typescript");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

/** Where the add-in's files are served in production (an intranet HTTPS server, say); the built manifest points there. */
const ADDIN_BASE_URL = process.env.ADDIN_BASE_URL;
/** office.js from Microsoft's CDN unless an intranet hosts its own copy. */
const OFFICE_JS_URL = process.env.OFFICE_JS_URL || "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OUT = path.resolve(__dirname, "dist/web");
/** The WPS 加载项 root (ribbon.xml, manifest.xml, index.html, the pane): served as it is over http(s). */
const WPS_OUT = path.resolve(__dirname, "dist/wps");

/** manifest.xml for dist/web: in production with ADDIN_BASE_URL set, its localhost URLs switched to that base. */
function builtManifest(content, production) {
  if (!production) return content;
  if (!ADDIN_BASE_URL) {
    console.warn("ADDIN_BASE_URL is not set: dist/web/manifest.xml keeps the https://localhost:3000 URLs.");
    return content;
  }
  return require("./scripts/manifest-prod").productionManifest(content.toString(), ADDIN_BASE_URL);
}

/** The pane's string table (src/taskpane/strings.ts), for the plain HTML message shown where the bundle cannot run. */
function paneStrings() {
  const source = fs.readFileSync(path.resolve(__dirname, "src/taskpane/strings.ts"), "utf8");
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } });
  const module = { exports: {} };
  vm.runInNewContext(outputText, { module, exports: module.exports, require });
  return module.exports.STRINGS;
}

/** https for the dev server: Office's trusted dev certificate where it can be installed, else a self-signed one. */
async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch {
    return require("./scripts/selfSignedCert").selfSignedCert();
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const strings = paneStrings();
  const config = {
    name: "web",
    mode: production ? "production" : "development",
    // No source maps in production: dist/web is copied as is to the intranet server.
    devtool: production ? false : "eval-cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: OUT,
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".tsx", ".ts", ".js", ".json"],
      // node16 module resolution makes dynamic import() name the emitted ".js" file.
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    module: {
      // exceljs's browser build is already bundled; parsing it again only costs time.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // ES modules so webpack can drop what the pane does not use from Fluent UI. ES2020 syntax as written
              // (?., ??, spread) instead of TypeScript's longer ES2017 rewrites: 2.4 KB less of the pane's gzipped
              // script, and no host lost, as the bundle already needs ES2020 (regex lookbehind in src/core, ?. in
              // Fluent UI); WPS's Chromium 80 has it too (scripts/check-chromium80.js checks).
              compilerOptions: { module: "esnext", moduleResolution: "bundler", target: "ES2020", sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        inject: false,
        templateParameters: { officeJsUrl: OFFICE_JS_URL, title: strings.zh.appTitle, oldOffice: { zh: strings.zh.oldOffice, en: strings.en.oldOffice } },
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        templateParameters: { title: strings.zh.previewTitle },
      }),
      // The help page behind manifest.xml's SupportUrl and LearnMoreUrl: static, no script.
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/help/help.html",
        chunks: [],
        inject: false,
        minify: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", noErrorOnMissing: true },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            noErrorOnMissing: true,
            transform: (content) => builtManifest(content, production),
          },
        ],
      }),
    ],
    performance: {
      // The pane's own budget is checked by bench/web-bench.js (gzipped); the preview carries exceljs by design.
      hints: false,
    },
  };
  const wpsConfig = {
    name: "wps",
    mode: config.mode,
    devtool: config.devtool,
    // The pane in WPS 表格: no office.js, and syntax no newer than Chromium 80 (checked by scripts/check-chromium80.js).
    entry: { taskpane: "./src/wps/pane.tsx" },
    output: { ...config.output, path: WPS_OUT },
    resolve: config.resolve,
    module: {
      rules: [
        ...config.module.rules,
        // Libraries ship newer syntax (class static blocks in tabster, under Fluent UI): down to ES2019 for WPS.
        {
          test: /\.m?js$/,
          include: /node_modules[\\/](tabster|keyborg|@fluentui|@griffel|@floating-ui|@swc|scheduler|react|react-dom)[\\/]/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { allowJs: true, module: "esnext", moduleResolution: "bundler", target: "ES2019", sourceMap: false },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/wps/addin/taskpane.html", chunks: ["taskpane"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/wps/addin", to: ".", globOptions: { ignore: ["**/taskpane.html"] } },
          { from: "assets", to: "assets", noErrorOnMissing: true },
        ],
      }),
    ],
    performance: config.performance,
  };
  // src/core is pure (no module does anything on import): webpack may drop the core modules a bundle does not use
  // (the assessment, summary and settings code the pane's first paint never touches).
  config.module.rules.push({ test: /src[\\/]core[\\/]/, sideEffects: false });
  if (env && env.WEBPACK_SERVE) {
    config.devServer = {
      port: 3000,
      server: { type: "https", options: await httpsOptions() },
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: OUT },
      historyApiFallback: false,
      open: false,
    };
  }
  return [config, wpsConfig];
};
