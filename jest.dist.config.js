/** @type {import('jest').Config} */
// Tests of the production build in dist/ (npm run test:dist). They build nothing: .ci/run runs them right
// after `npm run build`, and they fail (never skip) when dist/ is missing.
const { projects } = require("./jest.config");

const node = projects.find((project) => project.displayName === "node");
module.exports = {
  ...node,
  displayName: "dist",
  testMatch: ["<rootDir>/test/**/*.dist.test.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
};
