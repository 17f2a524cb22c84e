/** @type {import('jest').Config} */
module.exports = {
  ...require("../jest.preset.js"),
  displayName: "e2e",
  globalSetup: require.resolve("../jest.templates.js"),
  testMatch: ["<rootDir>/e2e/**/*.test.ts"],
  // Two suites at a time, each with its own browser, API and web server: most of a suite's time is
  // waiting on its servers and the browser, so two share the machine's two cores (456 s to 335 s).
  maxWorkers: 2,
  testTimeout: 120_000,
};
