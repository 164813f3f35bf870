const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { InlineScriptHashesPlugin } = require("./scripts/inlineScriptHashes.cjs");
const { InlineOfflinePagePlugin } = require("./scripts/inlineOfflinePage.cjs");

const urlDev = "https://localhost:3000/";

// Syntax floor of every shipped script: ES2017 (EdgeHTML 18 parses no later syntax, Safari 14 no regex
// lookbehind). Later syntax is always lowered, whatever the browserslist says; lookbehind cannot be lowered,
// so src/ must not use it (test/shipped/es2017.dist.test.ts fails on it). Regex \p{…}, named groups and the s flag
// are rewritten to ES2017 regexes by the plugins below (choice made here, once, for src/ and dependencies).
const AFTER_ES2017_SYNTAX = [
  "transform-async-generator-functions",
  "transform-object-rest-spread",
  "transform-dotall-regex",
  "transform-named-capturing-groups-regex",
  "transform-unicode-property-regex",
  "transform-optional-catch-binding",
  "transform-json-strings",
  "transform-nullish-coalescing-operator",
  "transform-optional-chaining",
  "transform-logical-assignment-operators",
  "transform-numeric-separator",
  "transform-class-properties",
  "transform-private-methods",
  "transform-private-property-in-object",
  "transform-class-static-block",
  "transform-unicode-sets-regex",
  "transform-duplicate-named-capturing-groups-regex",
  "transform-regexp-modifiers",
];

// API floor: the browserslist in package.json (the webviews Office uses; see README). core-js adds only the
// built-ins that code (ours and our dependencies') uses and one of those targets lacks, less what babel's
// usage scan adds by name alone (it cannot tell an array's `.map` from an iterator's, nor `new Set` from a
// use of Set's new methods):
const NOT_NEEDED = [
  // Built-ins after ES2023 (iterator helpers, Set methods, getOrInsert, ArrayBuffer transfer, Uint8Array
  // base64/hex, JSON.parse source text): tsconfig's lib is ES2023, so src/ cannot call them, and our
  // dependencies feature-test them. Typed arrays: no shipped code makes one (the scan matches `.at`/`.sort`).
  /^es(next)?\.(iterator|set|array-buffer|uint8-array|typed-array)\./,
  /^es(next)?\.(weak-)?map\.get-or-insert/,
  /^es(next)?\.json\.parse$/,
  // Replacements of built-ins every target has, for corners this code does not reach: Array includes, push
  // and unshift (Safari's length bugs), the Error cause argument, JSON.stringify of lone surrogates, the
  // RegExp flags getter, DOMException's stack, URL and URLSearchParams additions (zod's z.url, unused), and
  // setImmediate (React's scheduler feature-tests it).
  /^es\.array\.(includes|push|unshift)$/,
  /^es\.(error\.cause|json\.stringify|regexp\.flags)$/,
  /^web\.(dom-exception|url|immediate|set-immediate|clear-immediate)/,
];
const babel = {
  loader: "babel-loader",
  options: {
    babelrc: false,
    configFile: false,
    cacheDirectory: true,
    sourceType: "unambiguous",
    // Smaller lowered code, safe here: no document.all, no setters shadowed by spread or class fields.
    assumptions: { noDocumentAll: true, setSpreadProperties: true, setPublicClassFields: true },
    presets: [
      [
        "@babel/preset-env",
        {
          bugfixes: true,
          modules: false,
          useBuiltIns: "usage",
          corejs: require("core-js/package.json").version,
          include: AFTER_ES2017_SYNTAX,
          exclude: NOT_NEEDED,
        },
      ],
    ],
  },
};
// Production host: set ADDIN_PUBLIC_URL (ending in "/") when building for deployment; see README.
const urlProd = process.env.ADDIN_PUBLIC_URL ?? urlDev;

async function httpsOptions() {
  // Only the dev server needs certificates; production builds never load office-addin-dev-certs' CA.
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  return {
    devtool: dev ? "source-map" : false,
    // webpack's own runtime and module wrappers in ES2017 too.
    target: ["web", "es2017"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // The offline page and its worker: inlined into dist/app.html, no files of their own.
      app: "./src/offline/index.tsx",
      appWorker: "./src/offline/worker/worker.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // ts-loader strips types (ES2022, as typechecked); babel then lowers to the floor.
          use: [
            babel,
            { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
          ],
        },
        {
          // Dependencies ship ES2020+ (zod, Fluent, tabster): lowered like our code. core-js itself and
          // webpack's runtime helpers are already ES5 and must not get polyfills injected into themselves.
          test: /\.[cm]?js$/,
          include: /node_modules/,
          exclude: /node_modules[\\/](core-js|webpack)[\\/]/,
          // compact: terser minifies anyway, and babel would note every icon chunk over 500 KB.
          use: { ...babel, options: { ...babel.options, compact: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new InlineScriptHashesPlugin(),
      new InlineOfflinePagePlugin({
        template: path.resolve(__dirname, "src/offline/app.html"),
        filename: "app.html",
        page: "app",
        worker: "appWorker",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return dev ? content : content.toString().replaceAll(urlDev, urlProd);
            },
          },
        ],
      }),
    ],
    devServer: {
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_BUILD ? undefined : await httpsOptions() },
      port: Number(process.env.npm_package_config_dev_server_port ?? 3000),
    },
  };
};
