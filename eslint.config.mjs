import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import compat from "eslint-plugin-compat";

// Office.js globals are allowed only where the architecture says: the Office adapter, the
// task-pane bootstrap/composition and the ribbon commands. The tsconfig.*.json files prove the same.
const officeGlobalsAllowed = [
  "src/adapters/office/**",
  "src/taskpane/index.tsx",
  "src/taskpane/compose.ts",
  "src/commands/**",
  "test/e2e/**",
];

const namedExportsOnly = {
  selector: "ExportDefaultDeclaration",
  message: "Use named exports: one name per thing, the same everywhere it is imported.",
};

// Code the task pane and the offline page ship (the file adapter runs in the page's worker): its Web and ES API use is checked against the browserslist in package.json
// (the webviews Office uses), and its syntax against what the build cannot lower to ES2017.
const shipped = {
  files: ["src/**/*.{ts,tsx}"],
  ignores: ["src/**/testing/**", "src/cli/**"],
};

export default tseslint.config(
  { ignores: ["dist/**", "lib/**", "out/**", "coverage/**", "test-output/**", "node_modules/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", namedExportsOnly],
    },
  },
  {
    ...shipped,
    plugins: { compat },
    settings: {
      lintAllEsApis: true,
      // Added by the build: core-js (webpack.config.js, only these are both used and missing in a target)
      // and the WeakRef fallback for Safari 14.0 (src/taskpane/weakRefFallback.ts).
      polyfills: ["Array.at", "Array.findLast", "String.at", "WeakRef"],
    },
    rules: {
      "compat/compat": "error",
      "no-restricted-syntax": [
        "error",
        namedExportsOnly,
        {
          selector: "Literal[bigint]",
          message: "BigInt literals are ES2020; shipped scripts are ES2017: BigInt(0).",
        },
        {
          selector: "Literal[regex.pattern=/\\(\\?<[=!]/]",
          message: "Regex lookbehind cannot be lowered to ES2017 (Safari before 16.4): use splitBetween().",
        },
      ],
    },
  },
  {
    // The unit tests (test/unit mirrors src) are held to the same rule as the code they test.
    files: ["src/**/*.{ts,tsx}", "test/unit/**/*.{ts,tsx}"],
    ignores: [...officeGlobalsAllowed, "test/unit/adapters/office/**", "test/unit/commands/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "Excel.* belongs in src/adapters/office only." },
        { name: "Office", message: "Office.* belongs in the adapter, bootstrap or commands only." },
      ],
    },
  },
  {
    // Layers: the core and the UI components never reach into an adapter; only composition roots do
    // (the offline page's is its worker side, src/offline/session and src/offline/worker).
    files: [
      "src/domain/**/*.ts",
      "src/app/**/*.ts",
      "src/messages/**/*.ts",
      "src/taskpane/**/*.{ts,tsx}",
      "src/offline/ui/**/*.{ts,tsx}",
      "src/offline/*.{ts,tsx}",
    ],
    ignores: ["src/taskpane/index.tsx", "src/taskpane/compose.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/adapters/**"], message: "Only composition roots import adapters." }] },
      ],
    },
  },
  {
    files: ["src/adapters/office/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: [
      "src/taskpane/**/*.tsx",
      "src/offline/**/*.tsx",
      "test/unit/taskpane/**/*.tsx",
      "test/unit/offline/**/*.tsx",
    ],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        URL: "readonly",
        Buffer: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
