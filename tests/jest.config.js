/** @type {import('jest').Config} */
module.exports = {
  ...require("../jest.preset.js"),
  displayName: "e2e",
  globalSetup: require.resolve("../jest.templates.js"),
  testMatch: ["<rootDir>/e2e/**/*.test.ts"],
  // One browser, one API and one web server at a time.
  maxWorkers: 1,
  testTimeout: 120_000,
};
