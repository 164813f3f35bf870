import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";

// Office.js globals are allowed only where the architecture says: the Office adapter, the
// task-pane bootstrap/composition and the ribbon commands. The tsconfig.*.json files prove the same.
const officeGlobalsAllowed = [
  "src/adapters/office/**",
  "src/taskpane/index.tsx",
  "src/taskpane/compose.ts",
  "src/commands/**",
  "test/e2e/**",
];

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
      "no-restricted-syntax": [
        "error",
        {
          selector: "ExportDefaultDeclaration",
          message: "Use named exports: one name per thing, the same everywhere it is imported.",
        },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: officeGlobalsAllowed,
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "Excel.* belongs in src/adapters/office only." },
        { name: "Office", message: "Office.* belongs in the adapter, bootstrap or commands only." },
      ],
    },
  },
  {
    // Layers: the core and the UI components never reach into an adapter; only composition roots do.
    files: ["src/domain/**/*.ts", "src/app/**/*.ts", "src/messages/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/index.tsx", "src/taskpane/compose.ts", "src/**/*.test.ts", "src/**/*.test.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/adapters/**"], message: "Only composition roots import adapters." }] },
      ],
    },
  },
  {
    files: ["src/adapters/office/**/*.ts"],
    ignores: ["src/adapters/office/testing/**", "src/adapters/office/**/*.test.ts"],
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
    files: ["src/taskpane/**/*.tsx"],
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
