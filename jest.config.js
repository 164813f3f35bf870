/** @type {import('jest').Config} */
const tsJest = [
  "ts-jest",
  { tsconfig: { jsx: "react-jsx", module: "commonjs", moduleResolution: "node", isolatedModules: true } },
];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  setupFilesAfterEnv: ["<rootDir>/test/setup/failOnConsole.ts"],
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/test/**/*.test.ts"],
      // *.dist.test.ts check the production build: npm run test:dist, after npm run build.
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/", "\\.dist\\.test\\.ts$"],
    },
    {
      ...common,
      displayName: "ui",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/src/**/*.test.tsx", "<rootDir>/test/**/*.test.tsx"],
      setupFilesAfterEnv: [...common.setupFilesAfterEnv, "<rootDir>/test/setup/jestDom.ts"],
    },
  ],
};
